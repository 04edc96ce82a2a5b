import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SyncConflict } from '../../../src-shared/contract/sync';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { ConflictRecordName } from './ConflictRecordName';
import { ConflictValue } from './ConflictValue';
import { conflictFieldLabel } from './conflict-field-label';

type Conflict = z.infer<typeof SyncConflict>;
type Keep = 'current' | 'other';

/** One concurrent edit: the value that won, the one that lost, and a choice between them. */
export function SyncConflictItem({ conflict, onResolved }: { conflict: Conflict; onResolved(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const headingId = useId();
  const [resolving, setResolving] = useState<Keep>();
  const [error, setError] = useState<unknown>();
  // After a later sync both machines may already hold the same value: nothing is left to choose.
  const isSettled = JSON.stringify(conflict.currentValue ?? null) === JSON.stringify(conflict.losingValue ?? null);

  async function resolve(keep: Keep) {
    setResolving(keep);
    setError(undefined);
    try {
      await api.sync.resolveConflict({ id: conflict.id, keep });
      notify({ message: t(keep === 'current' ? 'sync.conflicts.kept' : 'sync.conflicts.used') });
      onResolved();
    } catch (caught) {
      setError(caught);
      setResolving(undefined);
    }
  }

  const side = (keep: Keep, value: unknown) => (
    <Stack spacing={1} sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', alignItems: 'start', minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {t(keep === 'current' ? 'sync.conflicts.current' : 'sync.conflicts.other')}
      </Typography>
      <Typography sx={{ flex: 1, maxWidth: '100%' }}>
        <ConflictValue column={conflict.column} value={value} />
      </Typography>
      {!isSettled && (
        <Button
          size="small"
          variant={keep === 'current' ? 'outlined' : 'contained'}
          loading={resolving === keep}
          disabled={resolving !== undefined}
          onClick={() => void resolve(keep)}
        >
          {t(keep === 'current' ? 'sync.conflicts.keepCurrent' : 'sync.conflicts.useOther')}
        </Button>
      )}
    </Stack>
  );

  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, listStyle: 'none' }}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
            <ConflictRecordName table={conflict.table} rowId={conflict.rowId} />
            {' · '}
            {conflictFieldLabel(t, conflict.table, conflict.column)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('sync.conflicts.detected', { time: format.dateTime(conflict.detectedAtMs) })}
          </Typography>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
          {side('current', conflict.currentValue)}
          {side('other', conflict.losingValue)}
        </Box>
        {isSettled && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography color="text.secondary">{t('sync.conflicts.settled')}</Typography>
            <Button size="small" loading={resolving !== undefined} onClick={() => void resolve('current')}>
              {t('sync.conflicts.dismiss')}
            </Button>
          </Stack>
        )}
        {error !== undefined && <ErrorAlert error={error} />}
      </Stack>
    </Paper>
  );
}
