import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingsSection } from './SettingsSection';

export function DataFolderSetting() {
  const { t } = useTranslation();
  const info = useApiQuery('info', () => api.system.info({}));
  const path = (label: string, value: string) => (
    <Stack>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', userSelect: 'all' }}>{value}</Typography>
    </Stack>
  );
  return (
    <SettingsSection title={t('settings.data.title')}>
      {info.isLoading && <LinearProgress />}
      {info.error != null && <ErrorAlert error={info.error} onRetry={info.reload} />}
      {info.data && (
        <Stack spacing={1.5}>
          {path(t('settings.data.folder'), info.data.dataDir)}
          {path(t('settings.data.database'), info.data.databaseFile)}
          <Typography variant="body2" color="text.secondary">
            {t('settings.data.version', { version: info.data.version })}
          </Typography>
        </Stack>
      )}
    </SettingsSection>
  );
}
