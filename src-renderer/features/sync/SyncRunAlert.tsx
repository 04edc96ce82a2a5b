import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { SyncReport } from '../../../src-shared/contract/sync';

/** Why the last run stopped: paused (nothing done) or held before a large deletion (needs the user). */
export function SyncRunAlert({ report, onAllow }: { report: SyncReport | null; onAllow(): void }) {
  const { t } = useTranslation();
  if (report === null || report.status === 'ok') return null;
  return (
    <Alert
      severity="warning"
      action={
        report.status === 'held' ? (
          <Button color="inherit" size="small" onClick={onAllow} sx={{ whiteSpace: 'nowrap' }}>
            {t('sync.allow.button')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t(`sync.status.alert.${report.status}`)}</AlertTitle>
      {report.message}
    </Alert>
  );
}
