import DoneIcon from '@mui/icons-material/Done';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import type { TodaySnapshot } from '../../../src-shared/contract/reminders';
import { routeHref } from '../../app/routes';
import { useDueFormat } from '../reminders/useDueFormat';
import { TodaySection } from './TodaySection';

/** Reminders done in the last week, newest first. */
export function RecentSection({ snapshot }: { snapshot: TodaySnapshot }) {
  const { t } = useTranslation();
  const due = useDueFormat();
  if (snapshot.recent.length === 0) return null;
  return (
    <TodaySection title={t('today.recent')}>
      <List aria-label={t('today.recent')} disablePadding dense>
        {snapshot.recent.map((c) => (
          <ListItem key={c.id} divider>
            <ListItemIcon sx={{ minWidth: 48 }}>
              <DoneIcon color="success" />
            </ListItemIcon>
            <ListItemText
              primary={c.title}
              secondary={
                <>
                  {due.dayAndTime(c.completedAtMs)}
                  {c.contactId && c.contactName && (
                    <>
                      {' · '}
                      <Link href={routeHref({ page: 'contacts', id: c.contactId })} underline="hover">
                        {c.contactName}
                      </Link>
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </TodaySection>
  );
}
