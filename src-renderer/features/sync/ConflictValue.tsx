import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useFormat } from '../../i18n/useFormat';

/** An unset archive or removal date means the record is live. */
const EMPTY_KEYS: Record<string, string> = { archived_at_ms: 'sync.values.notArchived', deleted_at_ms: 'sync.values.notRemoved' };

/** A cell value as a person reads it: dates, yes/no, a company's name instead of its id. */
export function ConflictValue({ column, value }: { column: string; value: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const companyId = column === 'company_id' && typeof value === 'string' && value ? value : null;
  const company = useApiQuery(companyId && `company:${companyId}`, () => api.companies.get({ id: companyId ?? '' }));

  if (value === null || value === undefined || value === '') {
    return (
      <Box component="span" sx={{ fontStyle: 'italic', color: 'text.secondary' }}>
        {t(EMPTY_KEYS[column] ?? 'sync.values.empty')}
      </Box>
    );
  }
  let text: string;
  if (companyId) text = company.data?.name ?? (company.error != null ? companyId : t('app.loading'));
  else if (column.endsWith('_at_ms') && typeof value === 'number') text = format.dateTime(value);
  else if (column.startsWith('is_')) text = t(value ? 'sync.values.yes' : 'sync.values.no');
  else text = typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Box>
  );
}
