import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../src-shared/contract/interactions';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useInteractionLists } from './useInteractionLists';

type Group = 'kinds' | 'outcomes';
type Flag = 'isMeeting' | 'countsAsContact' | 'isAttempt';
const FLAGS: Record<Group, Flag[]> = { kinds: ['isMeeting', 'countsAsContact'], outcomes: ['isAttempt'] };

/** Rename, re-flag, remove and add kinds or outcomes. Removing keeps old interactions' kind. */
export function ListEntriesEditor({ group }: { group: Group }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lists = useInteractionLists();
  const entries = group === 'kinds' ? lists.kinds : lists.outcomes;
  const label = group === 'kinds' ? lists.kindLabel : lists.outcomeLabel;
  const [newName, setNewName] = useState('');

  async function save(entry: Pick<ListEntry, Flag> & { id: string | null; name: string }) {
    try {
      await (group === 'kinds' ? api.interactions.saveKind(entry) : api.interactions.saveOutcome(entry));
      return true;
    } catch (error) {
      notify({ message: describeError(t, error) });
      return false;
    }
  }

  async function remove(entry: ListEntry) {
    try {
      await (group === 'kinds' ? api.interactions.deleteKind({ id: entry.id }) : api.interactions.deleteOutcome({ id: entry.id }));
      notify({ message: t('interactions.deleted'), action: { label: t('common.undo'), onClick: () => void save(entry) } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  }

  return (
    <Stack spacing={1} component="section" aria-label={t(`interactions.settings.${group}`)}>
      <Typography variant="subtitle1" component="h3">
        {t(`interactions.settings.${group}`)}
      </Typography>
      {entries.map((entry) => (
        <Stack key={entry.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label={t('interactions.settings.rename')}
            defaultValue={label(entry)}
            onBlur={(e) => {
              const name = e.target.value.trim();
              if (name && name !== label(entry)) void save({ ...entry, name });
            }}
            sx={{ width: 220 }}
          />
          {FLAGS[group].map((flag) => (
            <FormControlLabel
              key={flag}
              control={<Checkbox size="small" checked={entry[flag]} onChange={(e) => void save({ ...entry, [flag]: e.target.checked })} />}
              label={t(`interactions.settings.${flag}`)}
            />
          ))}
          <IconButton aria-label={t('interactions.settings.remove', { name: label(entry) })} onClick={() => void remove(entry)}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Stack
        direction="row"
        spacing={1}
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          const name = newName.trim();
          if (name) void save({ id: null, name, isMeeting: false, countsAsContact: true, isAttempt: false }).then((ok) => ok && setNewName(''));
        }}
      >
        <TextField size="small" label={t('interactions.settings.newName')} value={newName} onChange={(e) => setNewName(e.target.value)} sx={{ width: 220 }} />
        <Button type="submit" startIcon={<AddIcon />}>
          {t('interactions.settings.add')}
        </Button>
      </Stack>
    </Stack>
  );
}
