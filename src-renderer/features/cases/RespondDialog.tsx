import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

/** Records what the customer was told; the first response stops the response clock. */
export function RespondDialog({ caseId, onClose, onSaved }: { caseId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    setIsSaving(true);
    try {
      await api.cases.respond({ id: caseId, text });
      onSaved();
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('cases.respond.title')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <TextField autoFocus multiline minRows={3} label={t('cases.respond.text')} value={text} onChange={(e) => setText(e.target.value)} slotProps={{ htmlInput: { maxLength: 20000 } }} />
    </FormDialog>
  );
}
