import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingsSection } from '../settings/SettingsSection';
import { SyncSetupForm } from './SyncSetupForm';
import { SyncStatusPanel } from './SyncStatusPanel';
import { useSyncStatus } from './useSyncStatus';

/** The Settings section: a form while sync is off, the status while it is on. */
export function SyncSetting() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  return (
    <SettingsSection title={t('sync.title')}>
      {!status.data && status.isLoading && <LinearProgress />}
      {status.error != null && <ErrorAlert error={status.error} onRetry={status.reload} />}
      {status.data &&
        (status.data.configured ? (
          <SyncStatusPanel status={status.data} onChanged={status.reload} />
        ) : (
          <SyncSetupForm onStarted={status.reload} />
        ))}
    </SettingsSection>
  );
}
