import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { ContactFormBinding } from './contact-form-binding';
import { OFFERED_LANGUAGES, type LanguageChoice } from './preferred-language';

/** How to address the contact, in which language, and whether to write at all. */
export function CommunicationFields({ values, set, errors, text }: ContactFormBinding) {
  const { t } = useTranslation();
  const language = values.preferredLanguage;
  const flag = (key: 'isDoNotContact' | 'isDoNotMail', labelKey: string) => (
    <FormControlLabel control={<Checkbox checked={values[key]} onChange={(event) => set(key, event.target.checked)} />} label={t(labelKey)} />
  );
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={t('contactForm.preferredLanguage')}
          value={language.choice}
          onChange={(event) => set('preferredLanguage', { ...language, choice: event.target.value as LanguageChoice['choice'] })}
          error={Boolean(errors.preferredLanguage) && language.choice !== 'other'}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ width: 220, flexShrink: 0 }}
        >
          <MenuItem value="">{t('contactForm.language.none')}</MenuItem>
          {OFFERED_LANGUAGES.map((tag) => (
            <MenuItem key={tag} value={tag}>
              {t(`contactForm.language.${tag}`)}
            </MenuItem>
          ))}
          <MenuItem value="other">{t('contactForm.language.other')}</MenuItem>
        </TextField>
        {language.choice === 'other' && (
          <TextField
            size="small"
            fullWidth
            label={t('contactForm.language.code')}
            value={language.other}
            onChange={(event) => set('preferredLanguage', { ...language, other: event.target.value })}
            error={Boolean(errors.preferredLanguage)}
            helperText={errors.preferredLanguage ?? t('contactForm.language.codeHint')}
            slotProps={{ htmlInput: { maxLength: 35 } }}
          />
        )}
      </Stack>
      <TextField
        size="small"
        label={t('contactForm.letterSalutation')}
        {...text('letterSalutation')}
        helperText={errors.letterSalutation ?? t('contactForm.letterSalutationHint')}
      />
      <TextField
        size="small"
        label={t('contactForm.labelSalutation')}
        {...text('labelSalutation')}
        helperText={errors.labelSalutation ?? t('contactForm.labelSalutationHint')}
      />
      <Stack>
        {flag('isDoNotContact', 'contactForm.doNotContact')}
        {flag('isDoNotMail', 'contactForm.doNotMail')}
      </Stack>
    </>
  );
}
