import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';

/** Asks why a deal was lost before it moves to a lost stage. */
export function LostReasonDialog({ title, onClose, onSubmit }: { title: string; onClose(): void; onSubmit(reason: string): Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  return (
    <FormDialog
      title={t('deals.lost.title', { title })}
      isSaving={isSaving}
      failure={null}
      onClose={onClose}
      onSubmit={() => {
        if (!reason.trim()) return setError(t('deals.lost.reasonNeeded'));
        setIsSaving(true);
        void onSubmit(reason.trim()).finally(() => setIsSaving(false));
      }}
    >
      <TextField
        autoFocus
        label={t('deals.lost.reason')}
        placeholder={t('deals.lost.examples')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
    </FormDialog>
  );
}
