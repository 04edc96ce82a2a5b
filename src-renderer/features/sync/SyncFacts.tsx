import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-shared/contract/sync';
import { useFormat } from '../../i18n/useFormat';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/** Where this machine syncs, as whom, and how the last run went. */
export function SyncFacts({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = status.lastReport;
  const machine = status.userName ? t('sync.status.machineWithUser', { machine: status.deviceName, user: status.userName }) : status.deviceName;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
      <Fact label={t('sync.status.folder')}>
        <Box component="span" sx={{ fontFamily: 'monospace', userSelect: 'all' }}>
          {status.folder}
        </Box>
      </Fact>
      <Fact label={t('sync.status.machine')}>{machine}</Fact>
      <Fact label={t('sync.status.encryption')}>{t(status.encrypted ? 'sync.status.encrypted' : 'sync.status.notEncrypted')}</Fact>
      <Fact label={t('sync.status.lastSync')}>{report ? t(`sync.status.outcome.${report.status}`, { time: format.dateTime(report.finishedAtMs) }) : t('sync.status.never')}</Fact>
      {report?.status === 'ok' && (
        <Fact label={t('sync.status.lastRun')}>
          {t('sync.status.counts', { sent: format.number(report.wroteChanges), received: format.number(report.appliedChanges) })}
        </Fact>
      )}
      <Fact label={t('sync.status.pending')}>{format.number(status.pendingChanges)}</Fact>
      {report && report.ignoredFiles.length > 0 && (
        <Fact label={t('sync.status.ignoredLabel')}>
          {t('sync.status.ignored', { count: report.ignoredFiles.length, formatted: format.number(report.ignoredFiles.length) })}
        </Fact>
      )}
    </Box>
  );
}

