import AddIcon from '@mui/icons-material/AddAlert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderFilter } from '../../../src-shared/contract/reminders';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppCommand } from '../../app/AppCommands';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { CalendarExportButton } from '../calendar/CalendarExportButton';
import { ReminderList } from './ReminderList';

const FILTERS = ['open', 'overdue', 'today', 'upcoming'] as const satisfies readonly ReminderFilter[];

/** Every open reminder, soonest first, filtered to overdue, today or upcoming. */
export function RemindersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useAppCommand();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('open');
  const query = useApiQuery(`reminders:${filter}`, () => api.reminders.list({ filter, limit: 500 }), ['reminders', 'contacts', 'companies']);
  const items = query.data?.items;
  const total = query.data?.total ?? 0;

  return (
    <Box sx={{ height: '100%', overflow: 'auto', bgcolor: 'background.paper' }}>
      <PageHeader
        title={t('reminders.title')}
        subtitle={query.data && t('reminders.count', { count: total, formatted: format.number(total) })}
        actions={
          <>
            <CalendarExportButton />
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newReminder')}>
              {t('reminders.new')}
            </Button>
          </>
        }
      />
      <Tabs value={filter} onChange={(_, next: (typeof FILTERS)[number]) => setFilter(next)} aria-label={t('reminders.filter.label')} sx={{ px: 2 }}>
        {FILTERS.map((f) => (
          <Tab key={f} value={f} label={t(`reminders.filter.${f}`)} />
        ))}
      </Tabs>
      <Divider />
      <Box sx={{ height: 4 }}>{query.isLoading && <LinearProgress />}</Box>
      {query.error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={query.error} onRetry={query.reload} />
        </Box>
      )}
      {items && items.length === 0 && (
        <EmptyState title={t(`reminders.empty.${filter}.title`)} body={t(`reminders.empty.${filter}.body`)}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newReminder')}>
            {t('reminders.new')}
          </Button>
        </EmptyState>
      )}
      {items && items.length > 0 && <ReminderList reminders={items} label={t(`reminders.filter.${filter}`)} />}
      {items && total > items.length && (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {t('reminders.more', { formatted: format.number(total - items.length) })}
        </Typography>
      )}
    </Box>
  );
}
