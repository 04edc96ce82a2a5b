import GridIcon from '@mui/icons-material/GridOn';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterOffset } from '../../../src-shared/contract/labels';

const clampMm = (value: number) => Math.max(-20, Math.min(20, Math.round(value * 10) / 10));

/**
 * Per-printer X/Y offsets: print the calibration page, hold it against a label sheet, enter how
 * far the outlines are off. Saved on this machine for the named printer.
 */
export function PrinterAlignment(props: {
  printer: string;
  saved: readonly PrinterOffset[];
  isBusy: boolean;
  onPrinterChange(printer: string): void;
  onSave(offset: PrinterOffset): Promise<void>;
  onCalibrationPage(): void;
}) {
  const { t } = useTranslation();
  const current = props.saved.find((p) => p.printer === props.printer);
  const [draft, setDraft] = useState({ printer: props.printer, xMm: current?.xMm ?? 0, yMm: current?.yMm ?? 0 });
  // A different printer name shows that printer's saved offsets.
  if (draft.printer !== props.printer) setDraft({ printer: props.printer, xMm: current?.xMm ?? 0, yMm: current?.yMm ?? 0 });
  const isChanged = draft.xMm !== (current?.xMm ?? 0) || draft.yMm !== (current?.yMm ?? 0);
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2" component="h3">
        {t('labels.alignment.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('labels.alignment.hint')}
      </Typography>
      <TextField label={t('labels.alignment.printer')} placeholder={t('labels.alignment.defaultPrinter')} value={props.printer} onChange={(e) => props.onPrinterChange(e.target.value)} size="small" />
      <Stack direction="row" spacing={1}>
        {(['xMm', 'yMm'] as const).map((axis) => (
          <TextField
            key={axis}
            type="number"
            size="small"
            sx={{ flex: 1 }}
            label={t(`labels.alignment.${axis}`)}
            value={draft[axis]}
            slotProps={{ htmlInput: { step: 0.1, min: -20, max: 20 } }}
            onChange={(e) => setDraft({ ...draft, [axis]: clampMm(Number(e.target.value) || 0) })}
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button size="small" variant="outlined" disabled={!isChanged || props.isBusy} onClick={() => void props.onSave({ printer: props.printer.trim(), xMm: draft.xMm, yMm: draft.yMm })}>
          {t('labels.alignment.save')}
        </Button>
        <Button size="small" startIcon={<GridIcon />} onClick={props.onCalibrationPage} disabled={props.isBusy}>
          {t('labels.alignment.calibrationPage')}
        </Button>
      </Stack>
    </Stack>
  );
}
