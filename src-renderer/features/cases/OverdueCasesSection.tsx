import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';
import { TodaySection } from '../today/TodaySection';
import { ResponseIndicator } from './ResponseIndicator';

/** Today: cases past their first-response target, most overdue first; a click opens the case. */
export function OverdueCasesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = useApiQuery('overdue-cases', () => api.cases.overdue({ limit: 50 }), ['cases']);
  const items = overdue.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <TodaySection title={t('cases.today.title')} count={format.number(items.length)}>
      <List aria-label={t('cases.today.title')} disablePadding>
        {items.map((item) => (
          <ListItemButton key={item.id} component="a" href={routeHref({ page: 'cases', id: item.id })} divider>
            <ListItemText primary={item.subject} secondary={item.contact?.displayName ?? item.company?.name ?? ''} />
            <ResponseIndicator item={item} />
          </ListItemButton>
        ))}
      </List>
    </TodaySection>
  );
}
