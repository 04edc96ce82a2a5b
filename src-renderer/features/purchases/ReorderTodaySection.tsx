import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';
import { TodaySection } from '../today/TodaySection';

/** Today: customers past their expected reorder date; the full list with "Remind me" is under Purchases. */
export function ReorderTodaySection() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useApiQuery('purchases:reorder', () => api.purchases.dueToReorder({ limit: 50 }), ['purchases']);
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <TodaySection title={t('sales.reorder.title')} count={format.number(items.length)}>
      <List aria-label={t('sales.reorder.title')} disablePadding>
        {items.slice(0, 10).map((item) => (
          <ListItemButton
            key={`${item.contactId ?? item.companyId}:${item.productId ?? ''}`}
            component="a"
            href={item.contactId ? routeHref({ page: 'contacts', id: item.contactId }) : routeHref({ page: 'companies', id: item.companyId! })}
            divider
          >
            <ListItemText
              primary={item.productName ? `${item.customerName} · ${item.productName}` : item.customerName}
              secondary={t('sales.reorder.line', { last: item.lastPurchaseOn, days: item.typicalIntervalDays, overdue: item.daysOverdue })}
            />
          </ListItemButton>
        ))}
      </List>
    </TodaySection>
  );
}
