import PowerOffIcon from '@mui/icons-material/PowerSettingsNew';
import SyncIcon from '@mui/icons-material/Sync';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SyncConflictsNotice } from './SyncConflictsNotice';
import { SyncFacts } from './SyncFacts';
import { SyncMachines } from './SyncMachines';
import { SyncRunAlert } from './SyncRunAlert';
import { TurnOffSyncDialog } from './TurnOffSyncDialog';
import { useSyncNow } from './useSyncNow';

export function SyncStatusPanel({ status, onChanged }: { status: SyncStatus; onChanged(): void }) {
  const { t } = useTranslation();
  const sync = useSyncNow(onChanged);
  const [confirming, setConfirming] = useState<'allow' | 'off'>();

  async function allowAndSync() {
    await sync.run(true);
    setConfirming(undefined);
  }

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 720 }}>
      <SyncFacts status={status} />
      <SyncRunAlert report={status.lastReport} onAllow={() => setConfirming('allow')} />
      <SyncConflictsNotice count={status.openConflicts} />
      <SyncMachines status={status} />
      {sync.error !== undefined && <ErrorAlert error={sync.error} />}
      <Stack spacing={1}>
        <Box sx={{ height: 4 }}>{sync.isRunning && <LinearProgress aria-label={t('sync.syncing')} />}</Box>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<SyncIcon />} loading={sync.isRunning} loadingPosition="start" onClick={() => void sync.run()}>
            {t('sync.now')}
          </Button>
          <Button variant="outlined" color="inherit" startIcon={<PowerOffIcon />} disabled={sync.isRunning} onClick={() => setConfirming('off')}>
            {t('sync.off.button')}
          </Button>
        </Stack>
      </Stack>
      {confirming === 'allow' && (
        <ConfirmDialog
          title={t('sync.allow.title')}
          body={t('sync.allow.body')}
          confirmLabel={t('sync.allow.confirm')}
          isBusy={sync.isRunning}
          onConfirm={() => void allowAndSync()}
          onClose={() => setConfirming(undefined)}
        />
      )}
      {confirming === 'off' && (
        <TurnOffSyncDialog
          onClose={() => setConfirming(undefined)}
          onTurnedOff={() => {
            setConfirming(undefined);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}
