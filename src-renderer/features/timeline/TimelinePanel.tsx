import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../src-shared/contract/interactions';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { useInteractionLists } from '../interactions/useInteractionLists';
import { TimelineEntry } from './TimelineEntry';
import { useTimelinePages, type TimelineScope } from './useTimelinePages';

/** Everything that happened with a contact or company, newest first, filterable by kind, paged. */
export function TimelinePanel({ scope }: { scope: TimelineScope }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lists = useInteractionLists();
  const [kind, setKind] = useState('');
  const timeline = useTimelinePages(scope, kind ? [kind] : []);
  const [editing, setEditing] = useState<Interaction>();

  async function remove(interaction: Interaction) {
    try {
      await api.interactions.delete({ id: interaction.id });
      notify({
        message: t('interactions.deleted'),
        action: {
          label: t('common.undo'),
          onClick: () => void api.interactions.restore({ id: interaction.id }).catch((error: unknown) => notify({ message: describeError(t, error) })),
        },
      });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <Stack component="section" aria-label={t('interactions.timeline.label')} spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {t('interactions.timeline.title')}
        </Typography>
        <TextField select size="small" label={t('interactions.timeline.filter')} value={kind} onChange={(e) => setKind(e.target.value)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 180 }}>
          <MenuItem value="">{t('interactions.timeline.all')}</MenuItem>
          {lists.kinds.map((k) => (
            <MenuItem key={k.id} value={k.id}>
              {lists.kindLabel(k)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {timeline.isLoading && <LinearProgress />}
      {timeline.error != null && <ErrorAlert error={timeline.error} onRetry={timeline.reload} />}
      {!timeline.isLoading && timeline.error == null && timeline.items.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {kind ? t('interactions.timeline.emptyFiltered') : t('interactions.timeline.empty')}
        </Typography>
      )}
      {timeline.items.length > 0 && (
        <List dense disablePadding>
          {timeline.items.map((item) => (
            <TimelineEntry
              key={`${item.source}:${item.id}`}
              item={item}
              onEdit={item.interaction ? () => setEditing(item.interaction!) : undefined}
              onDelete={item.interaction ? () => void remove(item.interaction!) : undefined}
            />
          ))}
        </List>
      )}
      {timeline.hasMore && (
        <Button onClick={timeline.loadMore} disabled={timeline.isLoading} sx={{ alignSelf: 'flex-start' }}>
          {t('interactions.timeline.older')}
        </Button>
      )}
      {editing && <LogInteractionDialog interaction={editing} onClose={() => setEditing(undefined)} />}
    </Stack>
  );
}
