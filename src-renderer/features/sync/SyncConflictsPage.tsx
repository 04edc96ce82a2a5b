import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { SyncConflictItem } from './SyncConflictItem';

/** Concurrent edits that sync settled by itself, for a person to confirm or reverse. */
export function SyncConflictsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  // A sync that applies changes may find new conflicts, and it announces those changes.
  const conflicts = useApiQuery('sync-conflicts', () => api.sync.conflicts({}), ['contacts', 'companies', 'sync']);
  const items = conflicts.data?.items;

  return (
    <Box sx={{ height: '100%', overflowY: 'auto', bgcolor: 'background.paper' }}>
      <PageHeader
        title={t('sync.conflicts.title')}
        subtitle={items && items.length > 0 && t('sync.status.conflicts', { count: items.length, formatted: format.number(items.length) })}
        actions={
          <Button startIcon={<ArrowBackIcon />} href={routeHref({ page: 'settings' })}>
            {t('sync.conflicts.back')}
          </Button>
        }
      />
      <Divider />
      <Box sx={{ height: 4 }}>{conflicts.isLoading && <LinearProgress />}</Box>
      <Stack spacing={2} sx={{ p: 3, maxWidth: 880 }}>
        {conflicts.error != null && <ErrorAlert error={conflicts.error} onRetry={conflicts.reload} />}
        {items?.length === 0 && <EmptyState title={t('sync.conflicts.empty')} body={t('sync.conflicts.emptyBody')} />}
        {items && items.length > 0 && (
          <>
            <Typography color="text.secondary">{t('sync.conflicts.intro')}</Typography>
            <Stack component="ul" spacing={2} aria-label={t('sync.conflicts.listLabel')} sx={{ p: 0, m: 0 }}>
              {items.map((conflict) => (
                <SyncConflictItem key={conflict.id} conflict={conflict} onResolved={conflicts.reload} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Box>
  );
}
