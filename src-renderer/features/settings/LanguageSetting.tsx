import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Settings } from '../../../src-shared/contract/system';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { LANGUAGE_NAMES, resolveLanguage } from '../../i18n/languages';
import { useLanguage } from '../../i18n/LanguageProvider';
import { PhoneCountrySetting } from './PhoneCountrySetting';
import { SettingsSection } from './SettingsSection';

export function LanguageSetting() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { setting, systemLocale, change } = useLanguage();
  const [isSaving, setIsSaving] = useState(false);

  async function choose(next: Settings['language']) {
    setIsSaving(true);
    try {
      await change(next);
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <SettingsSection title={t('settings.language.title')}>
      <TextField
        select
        label={t('settings.language.label')}
        value={setting}
        disabled={isSaving}
        onChange={(event) => void choose(event.target.value as Settings['language'])}
        sx={{ maxWidth: 420 }}
      >
        <MenuItem value="auto">{t('settings.language.auto', { language: LANGUAGE_NAMES[resolveLanguage('auto', systemLocale)] })}</MenuItem>
        {LANGUAGES.map((language) => (
          <MenuItem key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </MenuItem>
        ))}
      </TextField>
      <PhoneCountrySetting />
    </SettingsSection>
  );
}
