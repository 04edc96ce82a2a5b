import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CASE_PRIORITIES, CASE_STATUSES, type CasePriority, type CaseStatus } from '../../../src-shared/contract/cases';

export interface CaseFilterValues {
  status: CaseStatus | '';
  priority: CasePriority | '';
  isOverdue: boolean;
}

export function CaseFilters({ value, onChange }: { value: CaseFilterValues; onChange(next: CaseFilterValues): void }) {
  const { t } = useTranslation();
  return (
    <Stack component="fieldset" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', border: 0, m: 0, px: 2, py: 1.5 }} aria-label={t('cases.filters.label')}>
      <TextField select size="small" label={t('cases.filters.status')} value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value as CaseStatus | '' })} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }} sx={{ minWidth: 140 }}>
        <MenuItem value="">{t('cases.filters.any')}</MenuItem>
        {CASE_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`cases.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label={t('cases.filters.priority')} value={value.priority} onChange={(e) => onChange({ ...value, priority: e.target.value as CasePriority | '' })} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }} sx={{ minWidth: 120 }}>
        <MenuItem value="">{t('cases.filters.any')}</MenuItem>
        {CASE_PRIORITIES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`cases.priority.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel control={<Switch checked={value.isOverdue} onChange={(e) => onChange({ ...value, isOverdue: e.target.checked })} />} label={t('cases.filters.overdue')} />
    </Stack>
  );
}
