import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qtyText } from '../../../src-shared/sales/money';
import { ApiError } from '../../../src-shared/rpc/client';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { DetailSection } from '../../components/DetailSection';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { RecordPaymentDialog } from '../payments/RecordPaymentDialog';
import { useMoney } from './useMoney';

/** One purchase: its lines, what has been paid and what is still owed. */
export function PurchaseDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const notify = useNotify();
  const query = useApiQuery(`purchase:${id}`, () => api.purchases.get({ id }), ['purchases', 'payments']);
  const [isPaying, setIsPaying] = useState(false);
  const p = query.data;

  const act = async (work: () => Promise<unknown>, done?: { message: string; undo?: () => Promise<unknown> }) => {
    try {
      await work();
      if (done) notify({ message: done.message, action: done.undo ? { label: t('common.undo'), onClick: () => void done.undo!().catch((e: unknown) => notify({ message: describeError(t, e) })) } : undefined });
    } catch (error) {
      notify({ message: error instanceof ApiError && error.code === 'unavailable' ? t('sales.chase.unavailable') : describeError(t, error) });
    }
  };

  return (
    <Box component="section" aria-label={t('sales.detailLabel')} sx={{ p: 3 }}>
      {query.isLoading && <LinearProgress sx={{ mb: 2 }} />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {p && (
        <Stack spacing={2}>
          <Stack>
            <Typography variant="h5" component="h2">
              <a href={p.contactId ? routeHref({ page: 'contacts', id: p.contactId }) : routeHref({ page: 'companies', id: p.companyId! })}>{p.customerName}</a>
            </Typography>
            <Typography color="text.secondary">
              {[p.date, p.reference, t('sales.dueOn', { date: p.dueDate })].filter(Boolean).join(' · ')}
            </Typography>
            {p.status !== 'confirmed' && <Chip size="small" label={t(`sales.status.${p.status}`)} sx={{ alignSelf: 'start', mt: 0.5 }} />}
          </Stack>
          <DetailSection label={t('sales.lines')}>
            <List dense disablePadding>
              {p.lines.map((line) => (
                <ListItem key={line.id} disableGutters secondaryAction={<Typography>{money(line.totalMinor, p.currency)}</Typography>}>
                  <ListItemText primary={line.description} secondary={`${qtyText(line.qtyMilli)} × ${money(line.unitPriceMinor, p.currency)}${line.discountBp ? ` − ${line.discountBp / 100}%` : ''}${line.taxBp ? ` + ${t('sales.tax')} ${line.taxBp / 100}%` : ''}`} />
                </ListItem>
              ))}
            </List>
          </DetailSection>
          <Stack direction="row" spacing={3} role="group" aria-label={t('sales.amounts')}>
            <Amount label={t('sales.total')} value={money(p.totalMinor, p.currency)} />
            <Amount label={t('sales.paid')} value={money(p.paidMinor, p.currency)} />
            <Amount label={p.balanceMinor < 0 ? t('sales.credit') : t('sales.balance')} value={money(Math.abs(p.balanceMinor), p.currency)} />
          </Stack>
          <DetailSection label={t('sales.payments')}>
            {p.payments.length === 0 && <Typography color="text.secondary">{t('sales.noPayments')}</Typography>}
            <List dense disablePadding>
              {p.payments.map((pay) => (
                <ListItem
                  key={pay.id}
                  disableGutters
                  secondaryAction={
                    <IconButton
                      edge="end"
                      aria-label={t('sales.removePayment', { amount: money(pay.amountMinor, p.currency) })}
                      onClick={() => void act(() => api.payments.remove({ id: pay.id }), { message: t('sales.paymentRemoved'), undo: () => api.payments.restore({ id: pay.id }) })}
                    >
                      <DeleteIcon />
                    </IconButton>
                  }
                >
                  <ListItemText primary={money(pay.amountMinor, p.currency)} secondary={[pay.receivedOn, t(`sales.method.${pay.method}`, { defaultValue: pay.method }), pay.note].filter(Boolean).join(' · ')} />
                </ListItem>
              ))}
            </List>
          </DetailSection>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {p.status === 'confirmed' && (
              <Button variant="contained" onClick={() => setIsPaying(true)}>
                {t('sales.recordPayment')}
              </Button>
            )}
            {p.status === 'confirmed' && p.balanceMinor > 0 && (
              <Button onClick={() => void act(() => api.payments.chase({ purchaseId: p.id }), { message: t('sales.chase.done') })}>{t('sales.chase.action')}</Button>
            )}
            {p.status === 'draft' && <Button onClick={() => void act(() => api.purchases.setStatus({ id: p.id, status: 'confirmed' }))}>{t('sales.confirm')}</Button>}
            {p.status !== 'cancelled' ? (
              <Button
                color="error"
                onClick={() =>
                  void act(() => api.purchases.setStatus({ id: p.id, status: 'cancelled' }), {
                    message: t('sales.cancelled'),
                    undo: () => api.purchases.setStatus({ id: p.id, status: p.status }),
                  })
                }
              >
                {t('sales.cancel')}
              </Button>
            ) : (
              <Button onClick={() => void act(() => api.purchases.setStatus({ id: p.id, status: 'confirmed' }))}>{t('sales.reinstate')}</Button>
            )}
          </Stack>
        </Stack>
      )}
      {isPaying && p && <RecordPaymentDialog purchase={p} onClose={() => setIsPaying(false)} />}
    </Box>
  );
}

function Amount({ label, value }: { label: string; value: string }) {
  return (
    <Stack>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" aria-label={label}>
        {value}
      </Typography>
    </Stack>
  );
}
