import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES } from '../../../src-shared/contract/contacts';
import type { ContactFormBinding } from './contact-form-binding';

/** Where the contact stands with the business, where they came from and who looks after them. */
export function RelationshipFields({ values, set, errors, text }: ContactFormBinding) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        select
        size="small"
        label={t('contactForm.lifecycleStage')}
        value={values.lifecycleStage}
        onChange={(event) => set('lifecycleStage', event.target.value as ContactFormBinding['values']['lifecycleStage'])}
        error={Boolean(errors.lifecycleStage)}
        helperText={errors.lifecycleStage}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        {LIFECYCLE_STAGES.map((stage) => (
          <MenuItem key={stage} value={stage}>
            {t(stage ? `lifecycle.${stage}` : 'lifecycle.none')}
          </MenuItem>
        ))}
      </TextField>
      <TextField size="small" label={t('contactForm.source')} {...text('source')} helperText={errors.source ?? t('contactForm.sourceHint')} />
      <TextField size="small" label={t('contactForm.owner')} {...text('owner')} helperText={errors.owner ?? t('contactForm.ownerHint')} />
    </>
  );
}
