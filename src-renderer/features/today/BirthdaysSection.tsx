import CakeIcon from '@mui/icons-material/Cake';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import type { TodaySnapshot } from '../../../src-shared/contract/reminders';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';
import { useDueFormat } from '../reminders/useDueFormat';
import { TodaySection } from './TodaySection';

/** Birthdays in the coming week, with the greeting in the contact's language; a click opens the contact. */
export function BirthdaysSection({ snapshot }: { snapshot: TodaySnapshot }) {
  const { t } = useTranslation();
  const due = useDueFormat();
  const format = useFormat();
  if (snapshot.birthdays.length === 0) return null;
  return (
    <TodaySection title={t('today.birthdays')} count={format.number(snapshot.birthdaysTotal)}>
      <List aria-label={t('today.birthdays')} disablePadding>
        {snapshot.birthdays.map((b) => (
          <ListItemButton key={b.contactId} component="a" href={routeHref({ page: 'contacts', id: b.contactId })} divider>
            <ListItemIcon sx={{ minWidth: 48 }}>
              <CakeIcon color={b.daysUntil === 0 ? 'secondary' : 'action'} />
            </ListItemIcon>
            <ListItemText
              primary={b.turningAge === null ? b.contactName : t('today.turning', { name: b.contactName, age: b.turningAge })}
              secondary={`${due.dateLabel(b.nextDate)} · ${b.greeting}`}
              slotProps={{ secondary: { lang: b.greetingLanguage } }}
            />
          </ListItemButton>
        ))}
      </List>
    </TodaySection>
  );
}
