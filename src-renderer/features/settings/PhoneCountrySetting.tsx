import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

/** Countries offered first; any other ISO code the core was given still shows. */
const COUNTRIES = ['IN', 'LK', 'NP', 'BD', 'AE', 'SA', 'QA', 'OM', 'KW', 'SG', 'MY', 'GB', 'US', 'CA', 'AU', 'DE'];

/** The country a phone number typed without "+" belongs to: how numbers get their international form. */
export function PhoneCountrySetting() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const settings = useApiQuery('settings', () => api.system.getSettings({}), ['settings']);
  const [isSaving, setIsSaving] = useState(false);
  const current = settings.data?.defaultCountry;
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const choices = current && !COUNTRIES.includes(current) ? [current, ...COUNTRIES] : COUNTRIES;

  async function choose(defaultCountry: string) {
    setIsSaving(true);
    try {
      await api.system.updateSettings({ defaultCountry });
      settings.reload();
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setIsSaving(false);
    }
  }

  if (!current) return null;
  return (
    <TextField
      select
      label={t('settings.phoneCountry.label')}
      helperText={t('settings.phoneCountry.help')}
      value={current}
      disabled={isSaving}
      onChange={(event) => void choose(event.target.value)}
      sx={{ maxWidth: 420 }}
    >
      {[...choices]
        .sort((a, b) => (names.of(a) ?? a).localeCompare(names.of(b) ?? b, i18n.language))
        .map((code) => (
          <MenuItem key={code} value={code}>
            {names.of(code) ?? code}
          </MenuItem>
        ))}
    </TextField>
  );
}
