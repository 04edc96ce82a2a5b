import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../src-shared/rpc/client';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { DetailSection } from '../../components/DetailSection';
import { useNotify } from '../../components/Notifier';

/** Customers past their expected reorder date (last purchase + their typical interval). */
export function ReorderList() {
  const { t } = useTranslation();
  const query = useApiQuery('purchases:reorder', () => api.purchases.dueToReorder({ limit: 50 }), ['purchases']);
  const items = query.data?.items ?? [];
  const notify = useNotify();
  const remind = async (item: (typeof items)[number]) => {
    try {
      await api.purchases.remindReorder({ contactId: item.contactId, companyId: item.companyId, productId: item.productId });
      notify({ message: t('sales.reorder.remindDone') });
    } catch (error) {
      notify({ message: error instanceof ApiError && error.code === 'unavailable' ? t('sales.chase.unavailable') : describeError(t, error) });
    }
  };
  return (
    <DetailSection label={t('sales.reorder.title')}>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('sales.reorder.empty')}</Typography>
      ) : (
        <List dense aria-label={t('sales.reorder.title')}>
          {items.map((item) => (
            <ListItem
              key={`${item.contactId ?? item.companyId}:${item.productId ?? ''}`}
              secondaryAction={
                <Button size="small" onClick={() => void remind(item)}>
                  {t('sales.reorder.remind')}
                </Button>
              }
            >
              <ListItemText
                primary={
                  <a href={item.contactId ? routeHref({ page: 'contacts', id: item.contactId }) : routeHref({ page: 'companies', id: item.companyId! })}>
                    {item.productName ? `${item.customerName} · ${item.productName}` : item.customerName}
                  </a>
                }
                secondary={t('sales.reorder.line', { last: item.lastPurchaseOn, days: item.typicalIntervalDays, overdue: item.daysOverdue })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </DetailSection>
  );
}
