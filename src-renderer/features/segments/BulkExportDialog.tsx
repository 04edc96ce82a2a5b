import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkTargetInput } from '../../../src-shared/contract/segments';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { downloadFile } from '../imports/download-file';
import { FILE_FORMAT_NAMES } from '../imports/format-names';

const FORMATS = ['vcard3', 'vcard4', 'csv', 'json'] as const;

/** Exports the selected contacts (or everyone a filter matches) through the exports service. */
export function BulkExportDialog({ target, count, onClose }: { target: BulkTargetInput; count: number; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const titleId = useId();
  const [choice, setChoice] = useState<(typeof FORMATS)[number]>('vcard3');
  const [isExporting, setIsExporting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function run() {
    setIsExporting(true);
    setFailure(undefined);
    try {
      const ids = 'ids' in target ? target.ids : await selectedIds(target);
      const file = await api.exports.contacts({ format: choice, ids });
      downloadFile(file.fileName, file.mediaType, file.content);
      notify({ message: t('segments.bulk.exported', { count: file.count, formatted: format.number(file.count), name: file.fileName }) });
      onClose();
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsExporting(false);
    }
  }

  return (
    <Dialog open onClose={isExporting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('segments.bulk.exportTitle', { count, formatted: format.number(count) })}</DialogTitle>
      <DialogContent>
        {failure && <Alert severity="error">{failure}</Alert>}
        <RadioGroup aria-label={t('exports.formatLabel')} value={choice} onChange={(event) => setChoice(event.target.value as (typeof FORMATS)[number])}>
          {FORMATS.map((option) => (
            <FormControlLabel key={option} value={option} control={<Radio />} label={option === 'csv' ? t('exports.formats.csv') : FILE_FORMAT_NAMES[option]} />
          ))}
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isExporting}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={() => void run()} loading={isExporting} loadingPosition="start">
          {t('segments.bulk.exportButton')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

async function selectedIds(target: Exclude<BulkTargetInput, { ids: string[] }>): Promise<string[]> {
  const { ids } = await api.segments.ids({ segmentId: target.segmentId ?? null, filter: target.filter ?? null });
  const excluded = new Set(target.excludeIds ?? []);
  return ids.filter((id) => !excluded.has(id));
}
