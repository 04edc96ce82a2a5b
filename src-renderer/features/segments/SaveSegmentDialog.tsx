import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filter, Segment } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Names the filter as built and saves it as a segment. */
export function SaveSegmentDialog({ filter, onClose, onSaved }: { filter: Filter; onClose(): void; onSaved(segment: Segment): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const [name, setName] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function save() {
    setIsSaving(true);
    setFailure(undefined);
    try {
      const segment = await api.segments.create({ name, filter });
      notify({ message: t('segments.segment.saved', { name: segment.name }) });
      onSaved(segment);
    } catch (error) {
      setFailure(describeError(t, error).replace(/^name: /, ''));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Dialog open onClose={isSaving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id={titleId}>{t('segments.segment.saveTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t('segments.segment.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            helperText={t('segments.segment.nameHelp')}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          {failure && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {failure}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isSaving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isSaving || name.trim() === ''}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
