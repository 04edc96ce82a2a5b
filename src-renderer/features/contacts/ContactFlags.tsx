import BlockIcon from '@mui/icons-material/Block';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/contract/contacts';

/** Archived and do-not-contact/do-not-mail marks under the name, where nobody can miss them before writing. */
export function ContactFlags({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const isArchived = contact.archivedAtMs !== null;
  if (!isArchived && !contact.isDoNotContact && !contact.isDoNotMail) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
      {isArchived && <Chip label={t('common.archived')} size="small" />}
      {contact.isDoNotContact && <Chip icon={<BlockIcon />} label={t('contacts.flags.doNotContact')} size="small" color="warning" />}
      {contact.isDoNotMail && <Chip icon={<BlockIcon />} label={t('contacts.flags.doNotMail')} size="small" color="warning" />}
    </Stack>
  );
}
