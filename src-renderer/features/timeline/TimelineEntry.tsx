import CallIcon from '@mui/icons-material/Call';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import EmailIcon from '@mui/icons-material/Email';
import EventIcon from '@mui/icons-material/Event';
import NoteIcon from '@mui/icons-material/StickyNote2';
import ChatIcon from '@mui/icons-material/Chat';
import HistoryIcon from '@mui/icons-material/History';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import PaymentsIcon from '@mui/icons-material/Payments';
import ReceiptIcon from '@mui/icons-material/ReceiptLong';
import IconButton from '@mui/material/IconButton';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Attribution, TimelineItem } from '../../../src-shared/contract/interactions';
import { useFormat } from '../../i18n/useFormat';
import { useInteractionLists } from '../interactions/useInteractionLists';
import { useMoney } from '../purchases/useMoney';

const ICONS: Record<string, typeof CallIcon> = {
  'kind-call': CallIcon,
  'kind-email': EmailIcon,
  'kind-meeting': EventIcon,
  'kind-visit': EventIcon,
  'kind-note': NoteIcon,
  'kind-message': ChatIcon,
  'reminder-done': TaskAltIcon,
  'deal-moved': ViewKanbanIcon,
  'case-opened': SupportAgentIcon,
  'case-responded': SupportAgentIcon,
  'case-resolved': SupportAgentIcon,
  'purchase-recorded': ReceiptIcon,
  'payment-received': PaymentsIcon,
};

/** Names of the kinds other timeline sources yield (interactions name theirs from the editable list). */
const SOURCE_KIND_KEYS: Record<string, string> = {
  'reminder-done': 'interactions.timeline.reminderDone',
  'deal-moved': 'interactions.timeline.dealMoved',
  'case-opened': 'interactions.timeline.caseOpened',
  'case-responded': 'interactions.timeline.caseResponded',
  'case-resolved': 'interactions.timeline.caseResolved',
  'purchase-recorded': 'interactions.timeline.purchaseRecorded',
  'payment-received': 'interactions.timeline.paymentReceived',
};

export function useAttributionText() {
  const { t } = useTranslation();
  return (who: Attribution | null): string | null => {
    if (!who) return null;
    const machine = who.isThisMachine && !who.deviceName ? t('interactions.timeline.thisMachine') : who.deviceName || who.deviceId;
    return t('interactions.timeline.loggedBy', { who: who.userName ? t('interactions.timeline.userOnMachine', { user: who.userName, machine }) : machine });
  };
}

/** One line of a timeline: what, when, with whom, the outcome, and who logged it. User text is plain text. */
export function TimelineEntry(props: { item: TimelineItem; onEdit?(): void; onDelete?(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useInteractionLists();
  const attribution = useAttributionText();
  const money = useMoney();
  const { item } = props;
  const interaction = item.interaction;
  const Icon = ICONS[item.kind] ?? HistoryIcon;
  const kindName = interaction ? lists.nameOf('kinds', interaction.kindId) : SOURCE_KIND_KEYS[item.kind] ? t(SOURCE_KIND_KEYS[item.kind]!) : item.kind;
  const facts = interaction
    ? [
        kindName,
        t(interaction.direction === 'inbound' ? 'interactions.inbound' : 'interactions.outbound'),
        interaction.outcomeId ? lists.nameOf('outcomes', interaction.outcomeId) : null,
        interaction.durationMinutes !== null ? t('interactions.timeline.minutes', { count: interaction.durationMinutes }) : null,
        interaction.satisfaction !== null ? '★'.repeat(interaction.satisfaction) : null,
      ].filter(Boolean)
    : [kindName, item.amount ? money(item.amount.amountMinor, item.amount.currency) : null].filter(Boolean);
  const people = interaction?.contacts.map((c) => c.displayName).join(', ');

  return (
    <ListItem
      divider
      alignItems="flex-start"
      data-testid="timeline-entry"
      secondaryAction={
        interaction && (
          <Stack direction="row" role="group" aria-label={t('interactions.timeline.actions')}>
            <Tooltip title={t('interactions.timeline.edit')}>
              <IconButton aria-label={t('interactions.timeline.edit')} onClick={props.onEdit}>
                <EditIcon fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={t('interactions.timeline.delete')}>
              <IconButton aria-label={t('interactions.timeline.delete')} onClick={props.onDelete}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        )
      }
    >
      <ListItemIcon sx={{ mt: 0.5 }}>
        <Icon />
      </ListItemIcon>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', pr: 8 }}>
            <Typography component="span" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
              {item.title || kindName}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary">
              {format.dateTime(item.atMs)}
            </Typography>
          </Stack>
        }
        secondary={
          <Stack component="span" spacing={0.25} sx={{ pr: 8 }}>
            <Typography component="span" variant="body2" color="text.secondary">
              {facts.join(' · ')}
              {people ? ` · ${people}` : ''}
            </Typography>
            {item.detail && (
              <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {item.detail}
              </Typography>
            )}
            {item.loggedBy && (
              <Typography component="span" variant="caption" color="text.secondary" data-testid="logged-by">
                {attribution(item.loggedBy)}
              </Typography>
            )}
          </Stack>
        }
      />
    </ListItem>
  );
}
