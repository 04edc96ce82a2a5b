import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { DetailActions } from '../../components/DetailActions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContactPhotoAvatar } from '../imports/ContactPhotoAvatar';
import { ContactReminders } from '../reminders/RecordReminders';
import { ContactFacts } from './ContactFacts';
import { CustomFieldFacts } from '../custom-fields/CustomFieldFacts';
import { RelationshipsSection } from '../relationships/RelationshipsSection';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import { DealsSection } from '../deals/DealsSection';
import { ContactCasesSection } from '../cases/ContactCasesSection';
import { CustomerPurchases } from '../purchases/CustomerPurchases';
import { LastChangeLine } from '../sync/LastChangeLine';
import { PrintLabelButton } from '../labels/PrintLabelButton';
import { ContactFlags } from './ContactFlags';
import { ContactFormDialog } from './ContactFormDialog';
import { useArchiveContact } from './useArchiveContact';

export function ContactDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery(`contact:${id}`, () => api.contacts.get({ id }), ['contacts', 'companies']);
  const { archive, unarchive } = useArchiveContact();
  const [isEditing, setIsEditing] = useState(false);
  const contact = query.data;

  return (
    <Box component="section" aria-label={t('contacts.detail.label')} sx={{ p: 3, maxWidth: 760 }}>
      {query.isLoading && <LinearProgress sx={{ mb: 2 }} />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {contact && (
        <Stack spacing={3}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <ContactPhotoAvatar contactId={contact.id} name={contact.displayName} size={64} />
            <Stack sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
                {contact.displayName}
              </Typography>
              <ContactFlags contact={contact} />
              <LastChangeLine table="contacts" rowId={contact.id} />
            </Stack>
          </Stack>
          <DetailActions
            isArchived={contact.archivedAtMs !== null}
            onEdit={() => setIsEditing(true)}
            onArchive={() => void archive(contact.id)}
            onUnarchive={() => void unarchive(contact.id)}
          />
          {contact.addresses.length > 0 && <PrintLabelButton contactId={contact.id} />}
          <ContactFacts contact={contact} />
          <CustomFieldFacts contactId={contact.id} />
          <RelationshipsSection contact={contact} />
          <InteractionsPanel contact={contact} />
          <ContactReminders contactId={contact.id} contactName={contact.displayName} />
          <DealsSection contactId={contact.id} />
          <ContactCasesSection contact={contact} />
          <CustomerPurchases customer={{ contactId: contact.id }} contact={contact} />
        </Stack>
      )}
      {isEditing && contact && (
        <ContactFormDialog
          contact={contact}
          onClose={() => setIsEditing(false)}
          onSaved={() => {
            setIsEditing(false);
            query.reload();
          }}
        />
      )}
    </Box>
  );
}
