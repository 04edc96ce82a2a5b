import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';

const ALL = '';

interface Props {
  segments: readonly Segment[];
  segmentId: string | null;
  onChoose(segment: Segment | null): void;
}

/** All contacts, or one saved segment; the chosen one can be deleted (with Undo). */
export function SegmentPicker({ segments, segmentId, onChoose }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const current = segments.find((s) => s.id === segmentId) ?? null;

  async function remove(segment: Segment) {
    try {
      await api.segments.delete({ id: segment.id });
      onChoose(null);
      notify({
        message: t('segments.segment.deleted', { name: segment.name }),
        action: {
          label: t('common.undo'),
          onClick: () =>
            void api.segments.restore({ id: segment.id }).then(
              (restored) => {
                onChoose(restored);
                notify({ message: t('segments.segment.restored', { name: restored.name }) });
              },
              (error: unknown) => notify({ message: describeError(t, error) }),
            ),
        },
      });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      <TextField
        select
        size="small"
        label={t('segments.segment.picker')}
        value={current?.id ?? ALL}
        onChange={(e) => onChoose(segments.find((s) => s.id === e.target.value) ?? null)}
        sx={{ minWidth: 200, maxWidth: 320 }}
      >
        <MenuItem value={ALL}>{t('segments.segment.all')}</MenuItem>
        {segments.map((segment) => (
          <MenuItem key={segment.id} value={segment.id}>
            {segment.name}
          </MenuItem>
        ))}
        {segments.length === 0 && (
          <MenuItem disabled value="none" sx={{ whiteSpace: 'normal', maxWidth: 320 }}>
            {t('segments.segment.none')}
          </MenuItem>
        )}
      </TextField>
      {current && (
        <Tooltip title={t('segments.segment.delete', { name: current.name })}>
          <IconButton aria-label={t('segments.segment.delete', { name: current.name })} onClick={() => void remove(current)} size="small">
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Stack>
  );
}
