import AddIcon from '@mui/icons-material/AddBusiness';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { useAppCommand } from '../../app/AppCommands';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { CompanyDetail } from './CompanyDetail';
import { CompanyList } from './CompanyList';

export function CompaniesPage({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useAppCommand();
  const [filter, setFilter] = useState('');
  const text = useDebouncedValue(filter.trim(), 150);
  const query = useApiQuery(`companies:${text}`, () => api.companies.list({ text }), ['companies', 'contacts']);
  const items = query.data?.items;
  const isEmpty = text === '' && items?.length === 0;
  const addButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newCompany')}>
      {t('companies.new')}
    </Button>
  );
  const header = (
    <>
      <PageHeader
        title={t('companies.title')}
        subtitle={items && t('companies.count', { count: items.length, formatted: format.number(items.length) })}
        actions={addButton}
      />
      <Divider />
      <Box sx={{ height: 4 }}>{query.isLoading && <LinearProgress />}</Box>
      {query.error != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={query.error} onRetry={query.reload} />
        </Box>
      )}
    </>
  );

  if (isEmpty && !selectedId) {
    return (
      <Box sx={{ height: '100%', bgcolor: 'background.paper' }}>
        {header}
        <EmptyState title={t('companies.empty.title')} body={t('companies.empty.body')}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => run('newCompany')}>
            {t('companies.empty.add')}
          </Button>
        </EmptyState>
      </Box>
    );
  }

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <Box sx={{ width: { xs: 320, lg: 400 }, flexShrink: 0, display: 'flex', flexDirection: 'column', borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        {header}
        <Box sx={{ px: 2, py: 1.5 }}>
          <TextField
            type="search"
            size="small"
            fullWidth
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder={t('companies.filterLabel')}
            slotProps={{ htmlInput: { 'aria-label': t('companies.filterLabel'), maxLength: 200 } }}
          />
        </Box>
        {items?.length === 0 && !query.isLoading ? (
          <Typography sx={{ p: 3 }} color="text.secondary" role="status">
            {t('companies.noMatch', { text })}
          </Typography>
        ) : (
          <CompanyList items={items ?? []} selectedId={selectedId} />
        )}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0, overflowY: 'auto' }}>
        {selectedId ? (
          <CompanyDetail key={selectedId} id={selectedId} />
        ) : (
          <Typography sx={{ p: 4 }} color="text.secondary">
            {t('companies.selectHint')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
