import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import type { Customer } from '../../../src-shared/contract/purchases';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate, routeHref } from '../../app/routes';
import { DetailSection } from '../../components/DetailSection';
import { RecordSaleDialog } from './RecordSaleDialog';
import { useMoney } from './useMoney';

/** The "Purchases" section of a contact's or company's page: what they bought, how often, what they owe. */
export function CustomerPurchases({ customer, contact }: { customer: Customer; contact?: ContactSummary }) {
  const { t } = useTranslation();
  const money = useMoney();
  const key = 'contactId' in customer ? customer.contactId : customer.companyId;
  const query = useApiQuery(`purchases:summary:${key}`, () => api.purchases.summary(customer), ['purchases', 'payments']);
  const [isRecording, setIsRecording] = useState(false);
  const s = query.data;
  if (!s) return null;
  const facts: [string, string][] = [
    [t('sales.summary.revenue'), money.totals(s.lifetimeRevenue)],
    [t('sales.summary.averageOrder'), money.totals(s.averageOrder)],
    [t('sales.summary.firstLast'), s.firstPurchaseOn ? `${s.firstPurchaseOn} – ${s.lastPurchaseOn}` : '—'],
    [t('sales.summary.frequency'), s.typicalIntervalDays !== null ? t('sales.summary.everyDays', { days: s.typicalIntervalDays }) : '—'],
    [t('sales.balance'), money.totals(s.outstanding)],
    [t('sales.summary.daysToPay'), s.averageDaysToPay !== null ? t('sales.summary.days', { days: s.averageDaysToPay }) : '—'],
  ];
  return (
    <DetailSection label={t('sales.summary.title')}>
      {s.purchaseCount === 0 ? (
        <Typography color="text.secondary">{t('sales.summary.none')}</Typography>
      ) : (
        <Stack component="dl" spacing={0.5} sx={{ m: 0 }} aria-label={t('sales.summary.title')}>
          {facts.map(([label, value]) => (
            <Stack key={label} direction="row" spacing={2}>
              <Typography component="dt" color="text.secondary" sx={{ width: 180, flexShrink: 0 }}>
                {label}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {value}
              </Typography>
            </Stack>
          ))}
          {s.isLatePayer && <Chip color="warning" size="small" label={t('sales.latePayer')} sx={{ alignSelf: 'start' }} />}
          {s.recent.slice(0, 5).map((p) => (
            <Typography key={p.id} variant="body2">
              <a href={routeHref({ page: 'purchases', id: p.id })}>{`${p.date} · ${p.reference || t('sales.purchase')} · ${money(p.totalMinor, p.currency)}`}</a>
            </Typography>
          ))}
        </Stack>
      )}
      {contact && (
        <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'start' }} onClick={() => setIsRecording(true)}>
          {t('sales.recordSale')}
        </Button>
      )}
      {isRecording && contact && (
        <RecordSaleDialog customer={contact} onClose={() => setIsRecording(false)} onSaved={(p) => navigate({ page: 'purchases', id: p.id })} />
      )}
    </DetailSection>
  );
}
