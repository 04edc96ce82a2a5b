import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { FilterFieldInfo } from '../../../src-shared/contract/segments';
import { valueShape, type DraftCondition, type DraftValue } from './filter-draft';
import { useFilterLabels } from './useFilterLabels';

interface Props {
  field: FilterFieldInfo | undefined;
  condition: DraftCondition;
  /** "Condition 2", so each input's name says which condition it belongs to. */
  groupLabel: string;
  onChange(value: DraftValue): void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The value part of a condition, shaped by its test: text, a choice, several, a date, two dates, a number or a month. */
export function ConditionValue({ field, condition, groupLabel, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const shape = valueShape(condition.op);
  const { value } = condition;
  const label = (key: string) => `${t(key)} (${groupLabel})`;
  const options = field?.options ?? [];
  const isClosedChoice = field?.kind === 'choice';
  const sx = { minWidth: 180, flex: 1 };

  if (shape === 'none') return null;
  if (shape === 'list') {
    return (
      <Autocomplete
        multiple
        size="small"
        freeSolo={!isClosedChoice}
        options={options}
        value={Array.isArray(value) ? value : []}
        getOptionLabel={(option) => labels.option(field, option)}
        onChange={(_, next) => onChange(next.map(String))}
        renderInput={(params) => <TextField {...params} label={label('segments.filter.value')} />}
        sx={sx}
      />
    );
  }
  if (shape === 'range') {
    const range = typeof value === 'object' && !Array.isArray(value) ? value : { from: '', to: '' };
    return (
      <Stack direction="row" spacing={1} sx={sx}>
        <TextField size="small" type="date" label={label('segments.filter.from')} value={range.from} onChange={(e) => onChange({ ...range, from: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" type="date" label={label('segments.filter.to')} value={range.to} onChange={(e) => onChange({ ...range, to: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (shape === 'date') {
    return <TextField size="small" type="date" label={label('segments.filter.value')} value={text} onChange={(e) => onChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={sx} />;
  }
  if (shape === 'month') {
    return (
      <TextField select size="small" label={label('segments.filter.month')} value={text} onChange={(e) => onChange(e.target.value)} sx={sx}>
        {MONTHS.map((m) => (
          <MenuItem key={m} value={String(m)}>
            {labels.month(m)}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  if (shape === 'number') {
    const key = condition.op === 'inLastDays' ? 'segments.filter.days' : 'segments.filter.value';
    return <TextField size="small" type="number" label={label(key)} value={text} onChange={(e) => onChange(e.target.value)} sx={sx} slotProps={{ htmlInput: { min: condition.op === 'inLastDays' ? 1 : undefined } }} />;
  }
  if (isClosedChoice) {
    return (
      <TextField select size="small" label={label('segments.filter.value')} value={text} onChange={(e) => onChange(e.target.value)} sx={sx}>
        {options.map((option) => (
          <MenuItem key={option} value={option}>
            {labels.option(field, option)}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  return (
    <Autocomplete
      freeSolo
      size="small"
      options={options}
      inputValue={text}
      onInputChange={(_, next) => onChange(next)}
      renderInput={(params) => <TextField {...params} label={label('segments.filter.value')} />}
      sx={sx}
    />
  );
}
