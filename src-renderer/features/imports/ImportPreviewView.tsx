import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ImportMode, type ImportPreview } from '../../../src-shared/contract/imports';
import { CsvMappingStep } from './CsvMappingStep';
import { CSV_PRESET_NAMES, FILE_FORMAT_NAMES } from './format-names';
import { ImportCounts } from './ImportCounts';
import { ImportProblems } from './ImportProblems';
import { ImportSamples } from './ImportSamples';

interface Props {
  fileName: string;
  preview: ImportPreview;
  mode: ImportMode;
  onModeChange(mode: ImportMode): void;
  onColumnChange(header: string, target: string): void;
  isDisabled: boolean;
}

/** What importing the file would do: how it was read, how many records go where, and what is wrong. */
export function ImportPreviewView({ fileName, preview, mode, onModeChange, onColumnChange, isDisabled }: Props) {
  const { t } = useTranslation();
  const formatName = preview.format ? FILE_FORMAT_NAMES[preview.format] : t('imports.formats.unknown');
  const preset =
    preview.format === 'csv' && preview.preset
      ? (CSV_PRESET_NAMES[preview.preset] ?? t(`imports.presets.${preview.preset}`, { defaultValue: preview.preset }))
      : '';
  return (
    <Stack spacing={2} component="section" aria-label={t('imports.previewLabel')}>
      <Stack spacing={0.5}>
        <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          {fileName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('imports.detected', { format: preset ? `${formatName} (${preset})` : formatName, encoding: preview.encoding })}
        </Typography>
      </Stack>
      <TextField
        select
        size="small"
        label={t('imports.mode.label')}
        value={mode}
        onChange={(event) => onModeChange(event.target.value as ImportMode)}
        helperText={t('imports.mode.hint')}
        disabled={isDisabled}
        sx={{ maxWidth: 420 }}
      >
        {ImportMode.options.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`imports.mode.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      {preview.columns && <CsvMappingStep columns={preview.columns} onChange={onColumnChange} isDisabled={isDisabled} />}
      <ImportCounts preview={preview} />
      <ImportProblems errors={preview.errors} warnings={preview.warnings} />
      <ImportSamples samples={preview.samples} />
    </Stack>
  );
}
