import BackupIcon from '@mui/icons-material/Backup';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../src-shared/contract/system';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { BackupsTable } from './BackupsTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { SettingsSection } from './SettingsSection';

export function BackupsSetting() {
  const { t } = useTranslation();
  const notify = useNotify();
  // A restore announces every domain as changed; backups are listed again then.
  const backups = useApiQuery('backups', () => api.backups.list({}), ['backups', 'system']);
  const [isCreating, setIsCreating] = useState(false);
  const [restoring, setRestoring] = useState<Backup>();

  async function backUpNow() {
    setIsCreating(true);
    try {
      await api.backups.create({});
      notify({ message: t('settings.backups.created') });
      backups.reload();
    } catch (error) {
      notify({ message: describeError(t, error) });
    } finally {
      setIsCreating(false);
    }
  }

  return (
    <SettingsSection
      title={t('settings.backups.title')}
      action={
        <Button variant="contained" startIcon={<BackupIcon />} loading={isCreating} loadingPosition="start" onClick={() => void backUpNow()}>
          {t('settings.backups.create')}
        </Button>
      }
    >
      {backups.isLoading && <LinearProgress />}
      {backups.error != null && <ErrorAlert error={backups.error} onRetry={backups.reload} />}
      {backups.data?.items.length === 0 && <Typography color="text.secondary">{t('settings.backups.empty')}</Typography>}
      {backups.data && backups.data.items.length > 0 && <BackupsTable items={backups.data.items} onRestore={setRestoring} />}
      {restoring && (
        <RestoreBackupDialog
          backup={restoring}
          onClose={() => setRestoring(undefined)}
          onRestored={() => {
            setRestoring(undefined);
            backups.reload();
          }}
        />
      )}
    </SettingsSection>
  );
}
