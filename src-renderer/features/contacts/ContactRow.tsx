import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routes';
import { NameAvatar } from '../../components/NameAvatar';
import { ContactCell, type ContactListItem } from './ContactCell';
import { CHECKBOX_WIDTH_PX, COLUMN_WIDTH_PX, NAME_WIDTH_PX, type ExtraColumn } from './list-columns';

interface Props {
  contact: ContactListItem;
  isSelected: boolean;
  columns: readonly ExtraColumn[];
  /** Ticked for a bulk action; absent where rows cannot be ticked (search results). */
  isChecked?: boolean;
  onCheck?(withShift: boolean): void;
}

export function ContactRow({ contact, isSelected, columns, isChecked, onCheck }: Props) {
  const { t } = useTranslation();
  const secondary = [contact.jobTitle, contact.companyName].filter(Boolean).join(' · ');
  const isCompact = columns.length === 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', height: '100%', bgcolor: isChecked ? 'action.selected' : undefined }}>
      {onCheck && (
        <Box sx={{ width: CHECKBOX_WIDTH_PX, flexShrink: 0, textAlign: 'center' }}>
          <Checkbox
            size="small"
            checked={isChecked ?? false}
            // A checkbox changes on click: the click says whether Shift was held (a range).
            onChange={(event) => onCheck((event.nativeEvent as MouseEvent).shiftKey === true)}
            slotProps={{ input: { 'aria-label': t('segments.select.row', { name: contact.displayName }) } }}
          />
        </Box>
      )}
      <ListItemButton
        component="a"
        href={routeHref({ page: 'contacts', id: contact.id })}
        selected={isSelected}
        aria-current={isSelected ? 'true' : undefined}
        sx={{ height: '100%', px: onCheck ? 1 : 2, ...(isCompact ? { flex: 1, minWidth: 0 } : { width: NAME_WIDTH_PX, flexShrink: 0 }) }}
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
      {columns.map((column) => (
        <Box key={column} sx={{ width: COLUMN_WIDTH_PX[column], flexShrink: 0, px: 1.5 }}>
          <ContactCell contact={contact} column={column} />
        </Box>
      ))}
    </Box>
  );
}
