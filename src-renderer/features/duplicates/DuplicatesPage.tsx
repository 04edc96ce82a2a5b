import BackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { routeHref } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/useFormat';
import { DuplicatePairCard } from './DuplicatePairCard';
import { MergeDialog } from './MergeDialog';

const pairKey = (a: string, b: string) => `${a}|${b}`;

/** "Review duplicates": likely pairs, surest first, to merge or to tell apart. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const candidates = useApiQuery('duplicates', () => api.contacts.duplicateCandidates({}), ['contacts']);
  const [merging, setMerging] = useState<string[]>();
  const [busyPair, setBusyPair] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();
  const items = candidates.data?.items;

  async function dismiss(a: string, b: string) {
    setBusyPair(pairKey(a, b));
    setActionError(undefined);
    try {
      await api.contacts.dismissDuplicate({ ids: [a, b] });
      candidates.reload();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusyPair(undefined);
    }
  }

  return (
    <Box sx={{ height: '100%', overflowY: 'auto', bgcolor: 'background.paper' }}>
      <Stack direction="row" sx={{ alignItems: 'center', pl: 1 }}>
        <IconButton component="a" href={routeHref({ page: 'contacts' })} aria-label={t('duplicates.back')}>
          <BackIcon />
        </IconButton>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <PageHeader title={t('duplicates.title')} subtitle={items && t('duplicates.count', { count: items.length, formatted: format.number(items.length) })} />
        </Box>
      </Stack>
      <Divider />
      <Box sx={{ height: 4 }}>{candidates.isLoading && <LinearProgress />}</Box>
      {(candidates.error ?? actionError) != null && (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={candidates.error ?? actionError} onRetry={candidates.error ? candidates.reload : undefined} />
        </Box>
      )}
      {items?.length === 0 && <EmptyState title={t('duplicates.emptyTitle')} body={t('duplicates.emptyBody')} />}
      {items && items.length > 0 && (
        <Stack component="ul" spacing={2} aria-label={t('duplicates.listLabel')} sx={{ p: 2, m: 0, maxWidth: 960 }}>
          {items.map((pair) => (
            <DuplicatePairCard
              key={pairKey(pair.a.id, pair.b.id)}
              pair={pair}
              isBusy={busyPair === pairKey(pair.a.id, pair.b.id)}
              onMerge={() => setMerging([pair.a.id, pair.b.id])}
              onDismiss={() => void dismiss(pair.a.id, pair.b.id)}
            />
          ))}
        </Stack>
      )}
      {merging && <MergeDialog ids={merging} onClose={() => setMerging(undefined)} />}
    </Box>
  );
}
