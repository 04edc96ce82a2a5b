import AddIcon from '@mui/icons-material/AddComment';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { CaseDetail } from './CaseDetail';
import { CaseFilters, type CaseFilterValues } from './CaseFilters';
import { CaseList } from './CaseList';
import { OpenCaseDialog } from './OpenCaseDialog';

const NO_FILTER: CaseFilterValues = { status: '', priority: '', isOverdue: false };

export function CasesPage({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const [filter, setFilter] = useState(NO_FILTER);
  const [isOpening, setIsOpening] = useState(false);
  const input = { isOverdue: filter.isOverdue, ...(filter.status ? { status: [filter.status] } : {}), ...(filter.priority ? { priority: [filter.priority] } : {}) };
  const query = useApiQuery(`cases:${JSON.stringify(input)}`, () => api.cases.list(input), ['cases', 'contacts', 'companies']);
  const items = query.data?.items;
  const isFiltered = filter.status !== '' || filter.priority !== '' || filter.isOverdue;
  const openButton = (label: string) => (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setIsOpening(true)}>
      {label}
    </Button>
  );
  const dialog = isOpening && (
    <OpenCaseDialog
      onClose={() => setIsOpening(false)}
      onOpened={(opened) => {
        setIsOpening(false);
        notify({ message: t('cases.open.opened') });
        navigate({ page: 'cases', id: opened.id });
      }}
    />
  );
  const header = (
    <>
      <PageHeader title={t('cases.title')} subtitle={query.data && t('cases.count', { count: query.data.total, formatted: format.number(query.data.total) })} actions={openButton(t('cases.new'))} />
      <Divider />
      <Box sx={{ height: 4 }}>{query.isLoading && <LinearProgress />}</Box>
      {query.error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={query.error} onRetry={query.reload} />
        </Box>
      )}
    </>
  );

  if (!isFiltered && items?.length === 0 && !selectedId) {
    return (
      <Box sx={{ height: '100%', bgcolor: 'background.paper' }}>
        {header}
        <EmptyState title={t('cases.empty.title')} body={t('cases.empty.body')}>
          {openButton(t('cases.empty.add'))}
        </EmptyState>
        {dialog}
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <Box sx={{ width: { xs: 340, lg: 420 }, flexShrink: 0, display: 'flex', flexDirection: 'column', borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        {header}
        <CaseFilters value={filter} onChange={setFilter} />
        {items?.length === 0 && !query.isLoading ? (
          <Typography sx={{ p: 3 }} color="text.secondary" role="status">
            {t('cases.noMatch')}
          </Typography>
        ) : (
          <CaseList items={items ?? []} selectedId={selectedId} />
        )}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
        {selectedId ? (
          <CaseDetail key={selectedId} id={selectedId} />
        ) : (
          <Typography sx={{ p: 4 }} color="text.secondary">
            {t('cases.selectHint')}
          </Typography>
        )}
      </Box>
      {dialog}
    </Box>
  );
}
