import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../../src-shared/contract/pipelines';

export interface DealFilterValues {
  owner: string;
  closeMonth: string;
  minValue: string;
  maxValue: string;
}

export const NO_FILTERS: DealFilterValues = { owner: '', closeMonth: '', minValue: '', maxValue: '' };

interface Props {
  pipelines: Pipeline[];
  pipelineId: string;
  onPipeline(id: string): void;
  filters: DealFilterValues;
  onFilters(filters: DealFilterValues): void;
  onEditStages(): void;
}

/** Pipeline choice and the filters shared by the board and the list. */
export function DealFilters({ pipelines, pipelineId, onPipeline, filters, onFilters, onEditStages }: Props) {
  const { t } = useTranslation();
  const field = (key: keyof DealFilterValues) => ({
    value: filters[key],
    onChange: (event: { target: { value: string } }) => onFilters({ ...filters, [key]: event.target.value }),
    size: 'small' as const,
  });
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ px: 2, py: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField select size="small" label={t('deals.pipeline')} value={pipelineId} onChange={(event) => onPipeline(event.target.value)} sx={{ minWidth: 160 }}>
        {pipelines.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={onEditStages}>{t('deals.stages.edit')}</Button>
      <TextField label={t('deals.filter.owner')} {...field('owner')} sx={{ width: 140 }} />
      <TextField type="month" label={t('deals.filter.closeMonth')} {...field('closeMonth')} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 170 }} />
      <TextField label={t('deals.filter.minValue')} {...field('minValue')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} sx={{ width: 130 }} />
      <TextField label={t('deals.filter.maxValue')} {...field('maxValue')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} sx={{ width: 130 }} />
      {isFiltered && <Button onClick={() => onFilters(NO_FILTERS)}>{t('deals.filter.clear')}</Button>}
    </Stack>
  );
}
