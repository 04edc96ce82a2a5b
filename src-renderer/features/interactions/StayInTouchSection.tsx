import AddCommentIcon from '@mui/icons-material/AddComment';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';
import { TodaySection } from '../today/TodaySection';
import { openLogDialog } from './log-dialog-command';

/** Today: contacts whose stay-in-touch cadence is due or overdue, latest first; log a touch in place. */
export function StayInTouchSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const due = useApiQuery('stay-in-touch', () => api.interactions.stayInTouchDue({ asOfMs: Date.now(), limit: 50 }), ['interactions', 'contacts']);
  const items = due.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <TodaySection title={t('interactions.stayInTouchToday.title')} count={format.number(items.length)}>
      <List aria-label={t('interactions.stayInTouchToday.title')} disablePadding>
        {items.map((item) => (
          <ListItem
            key={item.contactId}
            disablePadding
            divider
            secondaryAction={
              <Tooltip title={t('interactions.stayInTouchToday.log', { name: item.displayName })}>
                <IconButton
                  aria-label={t('interactions.stayInTouchToday.log', { name: item.displayName })}
                  onClick={() => openLogDialog({ contacts: [{ id: item.contactId, displayName: item.displayName }] })}
                >
                  <AddCommentIcon />
                </IconButton>
              </Tooltip>
            }
          >
            <ListItemButton component="a" href={routeHref({ page: 'contacts', id: item.contactId })}>
              <ListItemIcon sx={{ minWidth: 48 }}>
                <PersonIcon color={item.daysLate > 0 ? 'warning' : 'action'} />
              </ListItemIcon>
              <ListItemText
                primary={item.displayName}
                secondary={
                  item.daysLate > 0
                    ? t('interactions.stayInTouchToday.late', { count: item.daysLate, cadence: item.cadenceDays })
                    : t('interactions.stayInTouchToday.dueToday', { cadence: item.cadenceDays })
                }
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </TodaySection>
  );
}
