import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChoiceGroup } from './ChoiceGroup';
import { toMergeFields, type MergeChoices } from './merge-fields';
import { MergeFieldChoices } from './MergeFieldChoices';
import { useMergeContacts } from './useMergeContacts';

/** Merging two or more contacts: which one to keep, then field by field where they differ. */
export function MergeDialog({ ids, onClose }: { ids: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const details = useApiQuery(ids.join(','), () => Promise.all(ids.map((id) => api.contacts.get({ id }))));
  const [survivorId, setSurvivorId] = useState(ids[0] ?? '');
  const [choices, setChoices] = useState<MergeChoices>({});
  const [isMerging, setIsMerging] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const merge = useMergeContacts();
  const contacts = details.data;

  async function confirm() {
    if (!contacts) return;
    setIsMerging(true);
    setFailure(undefined);
    try {
      await merge(survivorId, ids.filter((id) => id !== survivorId), toMergeFields(contacts, survivorId, choices));
      onClose();
    } catch (error) {
      setFailure(error);
      setIsMerging(false);
    }
  }

  const describe = (contact: NonNullable<typeof contacts>[number]) => (
    <Stack>
      <Typography>{contact.displayName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {[contact.companyName, contact.primaryEmail, contact.primaryPhone].filter(Boolean).join(' · ')}
      </Typography>
    </Stack>
  );

  return (
    <Dialog open onClose={isMerging ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      {(isMerging || details.isLoading) && <LinearProgress />}
      <DialogTitle id={titleId}>{t('duplicates.mergeDialog.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {(details.error ?? failure) != null && <ErrorAlert error={details.error ?? failure} />}
          {contacts && (
            <>
              <ChoiceGroup
                label={t('duplicates.mergeDialog.keep')}
                value={survivorId}
                choices={contacts.map((contact) => ({ value: contact.id, label: describe(contact) }))}
                onChange={setSurvivorId}
              />
              <Divider />
              <MergeFieldChoices contacts={contacts} survivorId={survivorId} choices={choices} onChange={setChoices} />
              <Alert severity="info">{t('duplicates.mergeDialog.keptAll')}</Alert>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isMerging}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={isMerging || !contacts}>
          {t('duplicates.mergeDialog.merge')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
