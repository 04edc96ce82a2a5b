import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_KINDS } from '../../../src-shared/contract/reminders';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { downloadFile } from '../imports/download-file';

type Kind = (typeof CALENDAR_KINDS)[number];

/** Saves reminders and birthdays as an .ics file for Apple Calendar, Thunderbird, Google or Outlook. */
export function CalendarExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const titleId = useId();
  const [kinds, setKinds] = useState<Kind[]>([...CALENDAR_KINDS]);
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [isExporting, setIsExporting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const isRangeWrong = fromDate !== '' && toDate !== '' && toDate < fromDate;

  async function run() {
    setIsExporting(true);
    setFailure(undefined);
    try {
      const file = await api.calendar.export({ kinds, fromDate: fromDate || undefined, toDate: toDate || undefined });
      downloadFile(file.fileName, file.mediaType, file.content);
      notify({ message: t('calendar.done', { count: file.events, formatted: format.number(file.events), name: file.fileName }) });
      onClose();
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsExporting(false);
    }
  }

  const toggle = (kind: Kind, isOn: boolean) => setKinds((current) => CALENDAR_KINDS.filter((k) => (k === kind ? isOn : current.includes(k))));

  return (
    <Dialog open onClose={isExporting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('calendar.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {failure && <Alert severity="error">{failure}</Alert>}
          <Typography color="text.secondary">{t('calendar.intro')}</Typography>
          <FormGroup aria-label={t('calendar.kindsLabel')}>
            {CALENDAR_KINDS.map((kind) => (
              <FormControlLabel
                key={kind}
                control={<Checkbox checked={kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />}
                label={t(`calendar.kinds.${kind}`)}
              />
            ))}
          </FormGroup>
          <Stack direction="row" spacing={2}>
            <TextField type="date" label={t('calendar.from')} value={fromDate} onChange={(e) => setFromDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ flex: 1 }} />
            <TextField
              type="date"
              label={t('calendar.to')}
              value={toDate}
              onChange={(e) => setToDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              error={isRangeWrong}
              helperText={isRangeWrong ? t('calendar.rangeWrong') : ' '}
              sx={{ flex: 1 }}
            />
          </Stack>
          <Alert severity="info">{t('calendar.alarmsNote')}</Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isExporting}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          onClick={() => void run()}
          disabled={kinds.length === 0 || isRangeWrong}
          loading={isExporting}
          loadingPosition="start"
        >
          {t('calendar.run')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
