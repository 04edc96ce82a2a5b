import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { AGEING_BUCKETS } from '../../../src-shared/sales/receivables-rules';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useMoney } from '../purchases/useMoney';

/** Who owes what, by how long it is past due, with late payers marked. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const query = useApiQuery('receivables', () => api.purchases.receivables({}), ['purchases', 'payments', 'contacts', 'companies']);
  const r = query.data;

  return (
    <Box sx={{ height: '100%', overflow: 'auto' }}>
      <PageHeader title={t('sales.receivables.title')} subtitle={r ? t('sales.receivables.asOf', { date: r.asOf }) : undefined} />
      {query.isLoading && <LinearProgress />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {r?.totals.length === 0 && <EmptyState title={t('sales.receivables.emptyTitle')} body={t('sales.receivables.emptyBody')} />}
      {r && r.totals.length > 0 && (
        <Table size="small" aria-label={t('sales.receivables.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('sales.customer')}</TableCell>
              {AGEING_BUCKETS.map((b) => (
                <TableCell key={b} align="right">
                  {t(`sales.ageing.${b}`)}
                </TableCell>
              ))}
              <TableCell align="right">{t('sales.total')}</TableCell>
              <TableCell align="right">{t('sales.summary.daysToPay')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {r.totals.map((row) => (
              <TableRow key={`total:${row.currency}`} sx={{ '& td': { fontWeight: 600 } }}>
                <TableCell>{t('sales.receivables.totalIn', { currency: row.currency })}</TableCell>
                {AGEING_BUCKETS.map((b) => (
                  <TableCell key={b} align="right">
                    {money(row[b], row.currency)}
                  </TableCell>
                ))}
                <TableCell align="right">{money(row.totalMinor, row.currency)}</TableCell>
                <TableCell />
              </TableRow>
            ))}
            {r.customers.map((c) => (
              <TableRow key={`${c.contactId ?? c.companyId}:${c.currency}`} hover>
                <TableCell>
                  <a href={routeHref({ page: 'purchases', id: c.oldestPurchaseId })}>{c.customerName}</a>
                  {c.isLatePayer && <Chip size="small" color="warning" sx={{ ml: 1 }} label={t('sales.latePayer')} />}
                </TableCell>
                {AGEING_BUCKETS.map((b) => (
                  <TableCell key={b} align="right">
                    {c[b] !== 0 ? money(c[b], c.currency) : ''}
                  </TableCell>
                ))}
                <TableCell align="right">{money(c.totalMinor, c.currency)}</TableCell>
                <TableCell align="right">{c.averageDaysToPay ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
