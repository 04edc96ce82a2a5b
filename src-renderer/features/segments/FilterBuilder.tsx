import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterFieldInfo } from '../../../src-shared/contract/segments';
import { ConditionRow } from './ConditionRow';
import { newCondition, type FilterDraft } from './filter-draft';

interface Props {
  draft: FilterDraft;
  fields: readonly FilterFieldInfo[];
  onChange(draft: FilterDraft): void;
  /** Save as segment, Clear … */
  actions?: ReactNode;
}

/** The filter panel: conditions joined by all/any; the list follows as each condition is finished. */
export function FilterBuilder({ draft, fields, onChange, actions }: Props) {
  const { t } = useTranslation();
  const update = (index: number, next: FilterDraft['conditions'][number] | null) =>
    onChange({ ...draft, conditions: draft.conditions.flatMap((c, i) => (i !== index ? [c] : next ? [next] : [])) });

  return (
    <Box component="section" aria-label={t('segments.filter.panelLabel')} sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.50' }}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">{t('segments.filter.matchLabel')}</Typography>
          <TextField
            select
            size="small"
            value={draft.match}
            onChange={(e) => onChange({ ...draft, match: e.target.value as FilterDraft['match'] })}
            slotProps={{ htmlInput: { 'aria-label': t('segments.filter.matchLabel') } }}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="all">{t('segments.filter.match.all')}</MenuItem>
            <MenuItem value="any">{t('segments.filter.match.any')}</MenuItem>
          </TextField>
        </Stack>
        {draft.conditions.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('segments.filter.empty')}
          </Typography>
        )}
        {draft.conditions.map((condition, index) => (
          <ConditionRow
            key={condition.key}
            n={index + 1}
            condition={condition}
            fields={fields}
            onChange={(next) => update(index, next)}
            onRemove={() => update(index, null)}
          />
        ))}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Button size="small" startIcon={<AddIcon />} onClick={() => onChange({ ...draft, conditions: [...draft.conditions, newCondition()] })}>
            {t('segments.filter.add')}
          </Button>
          <Box sx={{ flex: 1 }} />
          {actions}
        </Stack>
      </Stack>
    </Box>
  );
}
