import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import RepeatIcon from '@mui/icons-material/Repeat';
import PriorityIcon from '@mui/icons-material/PriorityHigh';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../src-shared/contract/reminders';
import { routeHref } from '../../app/routes';
import { SnoozeMenu } from './SnoozeMenu';
import { useDueFormat } from './useDueFormat';
import { useReminderActions } from './useReminderActions';

/** One open reminder, actionable in place: done, snooze, edit, open its contact or company. */
export function ReminderItem({ reminder, onEdit, showContact = true }: { reminder: Reminder; onEdit: (reminder: Reminder) => void; showContact?: boolean }) {
  const { t } = useTranslation();
  const format = useDueFormat();
  const actions = useReminderActions();
  const late = format.lateness(reminder.overdueMs);

  return (
    <ListItem
      aria-label={reminder.title}
      divider
      secondaryAction={
        <Stack direction="row">
          <SnoozeMenu title={reminder.title} onSnooze={(snooze) => void actions.snooze(reminder, snooze)} />
          <Tooltip title={t('common.edit')}>
            <IconButton aria-label={t('reminders.editOne', { title: reminder.title })} onClick={() => onEdit(reminder)}>
              <EditIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      }
      sx={{ pr: 14 }}
    >
      <ListItemIcon sx={{ minWidth: 48 }}>
        <Tooltip title={t('reminders.markDone')}>
          <IconButton edge="start" color="success" aria-label={t('reminders.doneOne', { title: reminder.title })} onClick={() => void actions.complete(reminder)}>
            <CheckIcon />
          </IconButton>
        </Tooltip>
      </ListItemIcon>
      <ListItemText
        primary={
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
            {reminder.priority === 'high' && <PriorityIcon fontSize="small" color="warning" titleAccess={t('reminders.priority.high')} />}
            <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
              {reminder.title}
            </Typography>
            {reminder.rrule && <RepeatIcon fontSize="small" color="action" titleAccess={t('reminders.repeats')} />}
          </Stack>
        }
        secondary={
          <Stack component="span" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <span>{format.when(reminder)}</span>
            {late && (
              <Typography component="span" variant="body2" color="error">
                {late}
              </Typography>
            )}
            {showContact && reminder.contactId && reminder.contactName && (
              <Link href={routeHref({ page: 'contacts', id: reminder.contactId })} underline="hover">
                {reminder.contactName}
              </Link>
            )}
            {showContact && reminder.companyId && reminder.companyName && (
              <Link href={routeHref({ page: 'companies', id: reminder.companyId })} underline="hover">
                {reminder.companyName}
              </Link>
            )}
          </Stack>
        }
        slotProps={{ secondary: { component: 'span' } }}
      />
    </ListItem>
  );
}
