import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

/**
 * Resolves a case and asks the satisfaction question. The rating is five radio buttons ("Rated 4 of
 * 5") in a labelled group: arrow keys move between them, and it may stay empty.
 */
export function ResolveDialog({ caseId, onClose, onSaved }: { caseId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const legendId = useId();
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    setIsSaving(true);
    try {
      await api.cases.resolve({ id: caseId, satisfaction, note });
      onSaved();
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('cases.resolve.title')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <Stack component="fieldset" sx={{ border: 0, m: 0, p: 0 }} spacing={0.5}>
        <Typography id={legendId} component="legend" variant="body2" color="text.secondary">
          {t('cases.resolve.ratingLabel')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Rating
            name={`${legendId}-rating`}
            size="large"
            value={satisfaction}
            onChange={(_, value) => setSatisfaction(value)}
            getLabelText={(value: number) => t('cases.rated', { rating: value })}
          />
          {satisfaction !== null && (
            <Button size="small" onClick={() => setSatisfaction(null)}>
              {t('cases.resolve.clearRating')}
            </Button>
          )}
        </Stack>
        <FormHelperText>{t('cases.resolve.ratingHelp')}</FormHelperText>
      </Stack>
      <TextField multiline minRows={2} label={t('cases.resolve.note')} value={note} onChange={(e) => setNote(e.target.value)} slotProps={{ htmlInput: { maxLength: 20000 } }} />
    </FormDialog>
  );
}
