import AddCommentIcon from '@mui/icons-material/AddComment';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { ContactInteractionSummary } from './ContactInteractionSummary';
import { LogInteractionDialog } from './LogInteractionDialog';
import { EML_DROP_ZONE, useEmlDrop } from './useEmlDrop';

type Props =
  | { contact: { id: string; displayName: string; companyId: string | null; companyName: string | null }; company?: undefined }
  | { company: { id: string; name: string }; contact?: undefined };

/** On a contact's or company's detail: the Log button, the contact's history figures, and the timeline. */
export function InteractionsPanel(props: Props) {
  const { t } = useTranslation();
  const [isLogging, setIsLogging] = useState(false);
  const drop = useEmlDrop(props.contact?.id ?? null);
  const contact = props.contact;
  const company = contact ? (contact.companyId ? { id: contact.companyId, name: contact.companyName ?? '' } : null) : props.company;

  return (
    <Stack
      spacing={2}
      {...(contact ? { ...drop.handlers, [EML_DROP_ZONE]: '' } : {})}
      sx={{ outline: drop.isOver ? 2 : 0, outlineStyle: 'dashed', outlineColor: 'primary.main', borderRadius: 1 }}
    >
      <Divider />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Tooltip title={t('interactions.logHint')}>
          <Button variant="contained" startIcon={<AddCommentIcon />} onClick={() => setIsLogging(true)}>
            {t('interactions.log')}
          </Button>
        </Tooltip>
        {contact && drop.isOver && <Typography color="primary">{t('interactions.eml.drop')}</Typography>}
      </Stack>
      {contact && <ContactInteractionSummary contactId={contact.id} />}
      <TimelinePanel scope={contact ? { contactId: contact.id } : { companyId: props.company!.id }} />
      {isLogging && (
        <LogInteractionDialog contacts={contact ? [{ id: contact.id, displayName: contact.displayName }] : []} company={company} onClose={() => setIsLogging(false)} />
      )}
    </Stack>
  );
}
