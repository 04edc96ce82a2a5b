import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_KINDS, type Stage, type StageKind } from '../../../src-shared/contract/pipelines';

interface Props {
  stage: Stage;
  isFirst: boolean;
  isLast: boolean;
  onChange(patch: { name?: string; probability?: number; kind?: StageKind }): void;
  onMove(direction: -1 | 1): void;
  onDelete(): void;
}

/** One editable stage: name and probability save when the field loses focus; kind at once. */
export function StageRow({ stage, isFirst, isLast, onChange, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(stage.name);
  const [probability, setProbability] = useState(String(stage.probability));
  const percent = Number(probability);
  const isPercentValid = probability.trim() !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
  return (
    <Stack component="li" direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        label={t('deals.stages.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() && name.trim() !== stage.name && onChange({ name: name.trim() })}
        error={!name.trim()}
        sx={{ flex: 2 }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <TextField
        size="small"
        label={t('deals.stages.probability')}
        value={probability}
        onChange={(e) => setProbability(e.target.value)}
        onBlur={() => isPercentValid && percent !== stage.probability && onChange({ probability: percent })}
        error={!isPercentValid}
        sx={{ width: 110 }}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField select size="small" label={t('deals.stages.kind')} value={stage.kind} onChange={(e) => onChange({ kind: e.target.value as StageKind })} sx={{ width: 110 }}>
        {STAGE_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`deals.status.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <IconButton aria-label={t('deals.stages.up', { name: stage.name })} disabled={isFirst} onClick={() => onMove(-1)}>
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton aria-label={t('deals.stages.down', { name: stage.name })} disabled={isLast} onClick={() => onMove(1)}>
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        aria-label={stage.dealCount > 0 ? t('deals.stages.cannotDelete', { name: stage.name, count: stage.dealCount }) : t('deals.stages.delete', { name: stage.name })}
        title={stage.dealCount > 0 ? t('deals.stages.cannotDelete', { name: stage.name, count: stage.dealCount }) : undefined}
        disabled={stage.dealCount > 0}
        onClick={onDelete}
      >
        <DeleteIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}
