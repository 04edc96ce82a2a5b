import SyncIcon from '@mui/icons-material/Sync';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorsFrom, type FieldErrors } from '../../components/field-errors';
import { useNotify } from '../../components/Notifier';
import { EMPTY_SYNC_SETUP, missingSyncSetupFields, toSyncConfiguration, type SyncSetupValues } from './sync-setup-values';

type TextKey = Exclude<keyof SyncSetupValues, 'join'>;

export function SyncSetupForm({ onStarted }: { onStarted(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const joinLabelId = useId();
  const [values, setValues] = useState<SyncSetupValues>(EMPTY_SYNC_SETUP);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>();
  const [isStarting, setIsStarting] = useState(false);

  async function start(event: FormEvent) {
    event.preventDefault();
    const missing = missingSyncSetupFields(t, values);
    setFieldErrors(missing);
    setError(undefined);
    if (Object.keys(missing).length > 0) return;
    setIsStarting(true);
    try {
      await api.sync.configure(toSyncConfiguration(values));
      notify({ message: t('sync.form.started') });
      onStarted();
    } catch (caught) {
      setFieldErrors(fieldErrorsFrom(t, caught) ?? {});
      setError(caught);
    } finally {
      setIsStarting(false);
    }
  }

  const field = (key: TextKey, help: string) => ({
    label: t(`sync.form.${key}`),
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: event.target.value })),
    error: Boolean(fieldErrors[key]),
    helperText: fieldErrors[key] ?? help,
    disabled: isStarting,
    fullWidth: true,
    // Not a login form: browsers must not offer saved user names or passwords here.
    autoComplete: key === 'passphrase' ? 'new-password' : 'off',
  });
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <Stack component="form" noValidate onSubmit={(event) => void start(event)} spacing={2.5} sx={{ maxWidth: 600 }}>
      <Typography color="text.secondary">{t('sync.intro')}</Typography>
      <TextField {...field('folder', t('sync.form.folderHelp'))} required slotProps={{ htmlInput: { spellCheck: false } }} />
      <TextField {...field('deviceName', t('sync.form.deviceNameHelp'))} required />
      <TextField {...field('userName', t('sync.form.userNameHelp'))} />
      <TextField {...field('passphrase', t('sync.form.passphraseHelp'))} type="password" />
      <FormControl component="fieldset" disabled={isStarting}>
        <FormLabel id={joinLabelId} component="legend">
          {t('sync.form.join')}
        </FormLabel>
        <RadioGroup
          aria-labelledby={joinLabelId}
          value={values.join}
          onChange={(event) => setValues((v) => ({ ...v, join: event.target.value as SyncSetupValues['join'] }))}
        >
          <FormControlLabel value="merge" control={<Radio />} label={t('sync.form.merge')} />
          <FormControlLabel value="replace" control={<Radio />} label={t('sync.form.replace')} />
        </RadioGroup>
      </FormControl>
      {error !== undefined && (hasFieldErrors ? <Alert severity="error">{t('common.fixErrors')}</Alert> : <ErrorAlert error={error} />)}
      <Button type="submit" variant="contained" startIcon={<SyncIcon />} loading={isStarting} loadingPosition="start" sx={{ alignSelf: 'start' }}>
        {t('sync.form.start')}
      </Button>
    </Stack>
  );
}
