import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES } from '../../../src-shared/contract/contacts';
import type { BulkAction, FilterFieldInfo } from '../../../src-shared/contract/segments';
import { useFormat } from '../../i18n/useFormat';
import { OFFERED_LANGUAGES } from '../contacts/preferred-language';
import { useFilterLabels } from './useFilterLabels';

/** Bulk actions that need a value typed or chosen first. */
export type ValueAction = 'addTag' | 'removeTag' | 'setStage' | 'setOwner' | 'setSource' | 'setLanguage';

const INPUT_KEY: Record<ValueAction, string> = {
  addTag: 'segments.bulk.tag',
  removeTag: 'segments.bulk.tag',
  setStage: 'segments.bulk.stage',
  setOwner: 'segments.bulk.owner',
  setSource: 'segments.bulk.source',
  setLanguage: 'segments.bulk.language',
};
const OPTIONS_FIELD: Partial<Record<ValueAction, string>> = { addTag: 'tag', removeTag: 'tag', setOwner: 'owner', setSource: 'source' };

function toAction(kind: ValueAction, value: string): BulkAction {
  switch (kind) {
    case 'addTag':
    case 'removeTag':
      return { type: kind, tag: value.trim() };
    case 'setStage':
      return { type: 'setStage', stage: value as (typeof LIFECYCLE_STAGES)[number] };
    case 'setOwner':
      return { type: 'setOwner', owner: value.trim() };
    case 'setSource':
      return { type: 'setField', field: 'source', value: value.trim() };
    case 'setLanguage':
      return { type: 'setField', field: 'preferredLanguage', value };
  }
}

interface Props {
  kind: ValueAction;
  count: number;
  fields: readonly FilterFieldInfo[];
  onApply(action: BulkAction): void;
  onClose(): void;
}

/** Asks for the tag, stage, owner, source or language, then applies it to every selected contact. */
export function BulkActionDialog({ kind, count, fields, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useFilterLabels();
  const titleId = useId();
  const [value, setValue] = useState('');
  const needsValue = kind === 'addTag' || kind === 'removeTag';
  const options = fields.find((f) => f.key === OPTIONS_FIELD[kind])?.options ?? [];
  const label = t(INPUT_KEY[kind]);

  const input =
    kind === 'setStage' || kind === 'setLanguage' ? (
      <TextField select fullWidth margin="dense" label={label} value={value} onChange={(e) => setValue(e.target.value)} autoFocus>
        {(kind === 'setStage' ? LIFECYCLE_STAGES : ['', ...OFFERED_LANGUAGES]).map((option) => (
          <MenuItem key={option || 'none'} value={option}>
            {option === '' ? t('lifecycle.none') : kind === 'setStage' ? t(`lifecycle.${option}`) : labels.option({ key: 'language' } as FilterFieldInfo, option)}
          </MenuItem>
        ))}
      </TextField>
    ) : (
      <Autocomplete
        freeSolo
        options={options}
        inputValue={value}
        onInputChange={(_, next) => setValue(next)}
        renderInput={(params) => <TextField {...params} autoFocus fullWidth margin="dense" label={label} />}
      />
    );

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApply(toAction(kind, value));
        }}
      >
        <DialogTitle id={titleId}>{t(`segments.bulk.${kind}`)}</DialogTitle>
        <DialogContent>{input}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={needsValue && value.trim() === ''}>
            {t('segments.bulk.apply', { count, formatted: format.number(count) })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
