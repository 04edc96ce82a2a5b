import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate, routeHref } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PurchaseDetail } from './PurchaseDetail';
import { RecordSaleDialog } from './RecordSaleDialog';
import { ReorderList } from './ReorderList';
import { useMoney } from './useMoney';

export function PurchasesPage({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [isRecording, setIsRecording] = useState(false);
  const query = useApiQuery('purchases:recent', () => api.purchases.list({ limit: 200 }), ['purchases', 'payments', 'contacts', 'companies']);
  const items = query.data?.items;
  const recordButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setIsRecording(true)}>
      {t('sales.recordSale')}
    </Button>
  );

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <Box sx={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
        <PageHeader title={t('sales.purchasesTitle')} actions={recordButton} />
        {query.isLoading && <LinearProgress />}
        {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
        {items?.length === 0 && <EmptyState title={t('sales.empty.title')} body={t('sales.empty.body')}>{recordButton}</EmptyState>}
        {items && items.length > 0 && (
          <Table size="small" aria-label={t('sales.purchasesTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sales.date')}</TableCell>
                <TableCell>{t('sales.customer')}</TableCell>
                <TableCell>{t('sales.reference')}</TableCell>
                <TableCell align="right">{t('sales.total')}</TableCell>
                <TableCell align="right">{t('sales.balance')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((p) => (
                <TableRow key={p.id} hover selected={p.id === selectedId}>
                  <TableCell>{p.date}</TableCell>
                  <TableCell>
                    <a href={routeHref({ page: 'purchases', id: p.id })}>{p.customerName}</a>
                    {p.status !== 'confirmed' && <Chip size="small" sx={{ ml: 1 }} label={t(`sales.status.${p.status}`)} />}
                  </TableCell>
                  <TableCell>{p.reference}</TableCell>
                  <TableCell align="right">{money(p.totalMinor, p.currency)}</TableCell>
                  <TableCell align="right">{p.status === 'confirmed' && p.balanceMinor !== 0 ? money(p.balanceMinor, p.currency) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Stack sx={{ p: 2 }}>
          <ReorderList />
        </Stack>
      </Box>
      {selectedId && (
        <Box sx={{ width: 480, flexShrink: 0, borderLeft: 1, borderColor: 'divider', overflow: 'auto' }}>
          <PurchaseDetail id={selectedId} />
        </Box>
      )}
      {isRecording && (
        <RecordSaleDialog
          onClose={() => setIsRecording(false)}
          onSaved={(purchase) => {
            setIsRecording(false);
            navigate({ page: 'purchases', id: purchase.id });
          }}
        />
      )}
    </Box>
  );
}
