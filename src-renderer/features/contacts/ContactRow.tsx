import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { routeHref } from '../../app/routes';
import { NameAvatar } from '../../components/NameAvatar';

export function ContactRow({ contact, isSelected }: { contact: ContactSummary; isSelected: boolean }) {
  const secondary = [contact.jobTitle, contact.companyName].filter(Boolean).join(' · ');
  return (
    <ListItemButton
      component="a"
      href={routeHref({ page: 'contacts', id: contact.id })}
      selected={isSelected}
      aria-current={isSelected ? 'true' : undefined}
      sx={{ height: '100%', px: 2 }}
    >
      <ListItemAvatar>
        <NameAvatar name={contact.displayName} />
      </ListItemAvatar>
      <ListItemText
        primary={contact.displayName}
        secondary={secondary || contact.primaryEmail || contact.primaryPhone}
        slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
      />
    </ListItemButton>
  );
}
