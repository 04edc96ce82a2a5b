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
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { downloadFile } from './download-file';
import { FILE_FORMAT_NAMES } from './format-names';

const FORMATS = ['vcard3', 'vcard4', 'csv', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** Saves every active contact as a vCard, CSV or JSON file. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const titleId = useId();
  const [choice, setChoice] = useState<ExportFormat>('vcard3');
  const [isExporting, setIsExporting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function exportContacts() {
    setIsExporting(true);
    setFailure(undefined);
    try {
      const file = await api.exports.contacts({ format: choice });
      downloadFile(file.fileName, file.mediaType, file.content);
      notify({ message: t('exports.done', { count: file.count, formatted: format.number(file.count), name: file.fileName }) });
      onClose();
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsExporting(false);
    }
  }

  return (
    <Dialog open onClose={isExporting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('exports.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {failure && <Alert severity="error">{failure}</Alert>}
          <RadioGroup aria-label={t('exports.formatLabel')} value={choice} onChange={(event) => setChoice(event.target.value as ExportFormat)}>
            {FORMATS.map((option) => (
              <FormControlLabel
                key={option}
                value={option}
                control={<Radio />}
                label={
                  <Stack sx={{ py: 0.5 }}>
                    <Typography>{option === 'csv' ? t('exports.formats.csv') : FILE_FORMAT_NAMES[option]}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t(`exports.hints.${option}`)}
                    </Typography>
                  </Stack>
                }
              />
            ))}
          </RadioGroup>
          {choice === 'csv' && <Alert severity="info">{t('exports.csvFormulas')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isExporting}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={() => void exportContacts()} loading={isExporting} loadingPosition="start">
          {t('exports.run')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
