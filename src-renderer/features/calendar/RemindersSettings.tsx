import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { SettingsSection } from '../settings/SettingsSection';

const DAY_CHOICES = [0, 1, 3, 7, 14];

/** Birthday reminder days, and the folder where Sampark keeps sampark.ics up to date. */
export function RemindersSettings() {
  const { t } = useTranslation();
  const notify = useNotify();
  const query = useApiQuery('reminder-settings', () => api.reminders.getSettings({}));
  const [folder, setFolder] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [lastWrite, setLastWrite] = useState<string>();
  const settings = query.data;
  const shownFolder = folder ?? settings?.calendarFolder ?? '';

  async function save(patch: Parameters<typeof api.reminders.updateSettings>[0]) {
    setFailure(undefined);
    try {
      await api.reminders.updateSettings(patch);
      query.reload();
      if (patch.calendarFolder !== undefined) {
        const status = await api.calendar.writeLive({});
        setLastWrite(status.file ?? undefined);
        notify({ message: status.file ? t('calendar.live.written', { file: status.file }) : t('calendar.live.off') });
      }
    } catch (error) {
      setFailure(describeError(t, error));
    }
  }

  if (!settings) return null;
  return (
    <SettingsSection title={t('calendar.settings.title')}>
      <Typography color="text.secondary">{t('calendar.settings.birthdays')}</Typography>
      <FormGroup row aria-label={t('calendar.settings.birthdays')}>
        {DAY_CHOICES.map((days) => (
          <FormControlLabel
            key={days}
            label={t('calendar.settings.daysBefore', { count: days })}
            control={
              <Checkbox
                checked={settings.birthdayDaysBefore.includes(days)}
                onChange={(e) =>
                  void save({ birthdayDaysBefore: e.target.checked ? [...settings.birthdayDaysBefore, days] : settings.birthdayDaysBefore.filter((d) => d !== days) })
                }
              />
            }
          />
        ))}
      </FormGroup>
      <Typography color="text.secondary">{t('calendar.live.explain')}</Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('calendar.live.folder')}
          value={shownFolder}
          onChange={(e) => setFolder(e.target.value)}
          placeholder={t('calendar.live.placeholder')}
          sx={{ flex: 1 }}
          size="small"
        />
        <Button variant="outlined" onClick={() => void save({ calendarFolder: shownFolder.trim() || null })}>
          {t('calendar.live.use')}
        </Button>
        {settings.calendarFolder && (
          <Button
            onClick={() => {
              setFolder('');
              void save({ calendarFolder: null });
            }}
          >
            {t('calendar.live.stop')}
          </Button>
        )}
      </Stack>
      {settings.calendarFolder && (
        <Alert severity="success">{t('calendar.live.active', { file: lastWrite ?? `${settings.calendarFolder}/sampark.ics` })}</Alert>
      )}
      {failure && <Alert severity="error">{failure}</Alert>}
    </SettingsSection>
  );
}
