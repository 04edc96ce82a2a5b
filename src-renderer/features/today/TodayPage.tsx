import AddIcon from '@mui/icons-material/AddAlert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppCommand } from '../../app/AppCommands';
import { navigate } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { CalendarExportButton } from '../calendar/CalendarExportButton';
import { ContactsEmptyState } from '../contacts/ContactsEmptyState';
import { useDueFormat } from '../reminders/useDueFormat';
import { TODAY_SECTIONS } from './today-sections';

/** Each list on Today shows this many; the rest are one click away in Reminders. */
const TODAY_LIMIT = 50;

/** The home screen: what needs doing today, birthdays coming up, and what was done lately. */
export function TodayPage() {
  const { t } = useTranslation();
  const run = useAppCommand();
  const due = useDueFormat();
  const query = useApiQuery('today', () => api.today.get({ limit: TODAY_LIMIT }), ['reminders', 'contacts', 'companies']);
  const snapshot = query.data;
  const isQuiet = snapshot && snapshot.overdue.length + snapshot.dueToday.length === 0;

  return (
    <Box sx={{ height: '100%', overflowY: 'auto', bgcolor: 'background.paper' }}>
      <PageHeader
        title={t('today.title')}
        subtitle={snapshot && due.longDate(snapshot.date)}
        actions={
          snapshot?.hasContacts && (
            <>
              <CalendarExportButton />
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newReminder')}>
                {t('reminders.new')}
              </Button>
            </>
          )
        }
      />
      <Divider />
      <Box sx={{ height: 4 }}>{query.isLoading && <LinearProgress />}</Box>
      {query.error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={query.error} onRetry={query.reload} />
        </Box>
      )}
      {snapshot && !snapshot.hasContacts && <ContactsEmptyState onDemoLoaded={() => navigate({ page: 'contacts' })} />}
      {snapshot?.hasContacts && (
        <Stack spacing={3} sx={{ py: 2, maxWidth: 960 }}>
          {isQuiet && (
            <EmptyState title={t('today.empty.title')} body={t('today.empty.body')}>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newReminder')}>
                {t('reminders.new')}
              </Button>
              <Button onClick={() => navigate({ page: 'reminders' })}>{t('today.empty.all')}</Button>
            </EmptyState>
          )}
          {TODAY_SECTIONS.map(({ id, Component }) => (
            <Component key={id} snapshot={snapshot} />
          ))}
        </Stack>
      )}
    </Box>
  );
}
