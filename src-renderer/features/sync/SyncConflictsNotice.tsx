import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routes';
import { useFormat } from '../../i18n/useFormat';

/** "N conflicts — Review", leading to the conflicts page. */
export function SyncConflictsNotice({ count }: { count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (count === 0) return <Typography color="text.secondary">{t('sync.conflicts.empty')}</Typography>;
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" href={routeHref({ page: 'settings', section: 'sync-conflicts' })}>
          {t('sync.status.review')}
        </Button>
      }
    >
      {t('sync.status.conflicts', { count, formatted: format.number(count) })}
    </Alert>
  );
}
