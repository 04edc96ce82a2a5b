import RemoveIcon from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FilterFieldInfo, FilterOp } from '../../../src-shared/contract/segments';
import { ConditionValue } from './ConditionValue';
import { emptyValue, opsFor, toCondition, valueShape, type DraftCondition } from './filter-draft';
import { useFilterLabels } from './useFilterLabels';

interface Props {
  n: number;
  condition: DraftCondition;
  fields: readonly FilterFieldInfo[];
  onChange(condition: DraftCondition): void;
  onRemove(): void;
}

/** One condition: field, test and value, e.g. City · is · Chennai. */
export function ConditionRow({ n, condition, fields, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const field = fields.find((f) => f.key === condition.field);
  const groupLabel = t('segments.filter.condition', { n });
  const isUnfinished = field !== undefined && condition.op !== '' && toCondition(condition, fields) === null;

  function chooseField(key: string) {
    const next = fields.find((f) => f.key === key);
    if (!next) return;
    // Keep the test (and its value) when the new field allows it: City is … → Region is ….
    const op: FilterOp = condition.op !== '' && opsFor(next.kind).includes(condition.op) ? condition.op : opsFor(next.kind)[0]!;
    onChange({ ...condition, field: key, op, value: op === condition.op ? condition.value : emptyValue(op) });
  }

  function chooseOp(op: FilterOp) {
    const keepsValue = condition.op !== '' && valueShape(op) === valueShape(condition.op);
    onChange({ ...condition, op, value: keepsValue ? condition.value : emptyValue(op) });
  }

  return (
    <Stack role="group" aria-label={groupLabel} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={`${t('segments.filter.field')} (${groupLabel})`}
        value={field ? condition.field : ''}
        onChange={(e) => chooseField(e.target.value)}
        sx={{ width: 200 }}
      >
        {fields.map((f) => (
          <MenuItem key={f.key} value={f.key}>
            {labels.field(f)}
          </MenuItem>
        ))}
      </TextField>
      {field && (
        <TextField
          select
          size="small"
          label={`${t('segments.filter.op')} (${groupLabel})`}
          value={condition.op}
          onChange={(e) => chooseOp(e.target.value as FilterOp)}
          sx={{ width: 210 }}
        >
          {opsFor(field.kind).map((op) => (
            <MenuItem key={op} value={op}>
              {labels.op(field, op)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {field && <ConditionValue field={field} condition={condition} groupLabel={groupLabel} onChange={(value) => onChange({ ...condition, value })} />}
      <IconButton aria-label={t('segments.filter.remove', { n })} onClick={onRemove} size="small" sx={{ mt: 0.5 }}>
        <RemoveIcon fontSize="small" />
      </IconButton>
      {isUnfinished && (
        <Typography variant="caption" color="text.secondary" sx={{ width: '100%' }}>
          {t('segments.filter.unfinished')}
        </Typography>
      )}
    </Stack>
  );
}
