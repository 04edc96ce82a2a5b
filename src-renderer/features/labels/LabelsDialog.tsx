import PdfIcon from '@mui/icons-material/PictureAsPdf';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelRequestInput, PrintDocument, PrinterOffset } from '../../../src-shared/contract/labels';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { describeError } from '../../components/describe-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { DEFAULT_LABEL_OPTIONS, toLabelRequest, type LabelOptions } from './label-options';
import { LabelOptionsForm } from './LabelOptionsForm';
import { LabelPreview } from './LabelPreview';
import { PrinterAlignment } from './PrinterAlignment';
import { savePdf } from './save-pdf';
import { SheetActions } from './SheetActions';
import { SkippedContacts } from './SkippedContacts';

/**
 * Mailing labels for chosen contacts (or everyone with an address): options, a live preview of the
 * printable pages, Save PDF, and printer alignment. `contactIds` undefined means everyone.
 */
export function LabelsDialog({ contactIds, onClose }: { contactIds?: readonly string[]; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const titleId = useId();
  const [options, setOptions] = useState<LabelOptions>(DEFAULT_LABEL_OPTIONS);
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const sheets = useApiQuery('labels:sheets', () => api.labels.sheets({}), ['labels']);
  const offsets = useApiQuery('labels:offsets', () => api.labels.printerOffsets({}));
  const request = useMemo(() => toLabelRequest(options, contactIds), [options, contactIds]);
  const settled = useDebouncedValue(request, 250);
  const preview = useApiQuery(`labels:preview:${JSON.stringify(settled)}`, () => api.labels.preview(settled), ['contacts', 'labels']);
  // The last preview stays on screen while the next one is made (no flicker, the frame keeps its place).
  const [doc, setDoc] = useState<PrintDocument>();
  if (preview.data && preview.data !== doc) setDoc(preview.data);

  async function save(input: LabelRequestInput, done: (count: number) => string) {
    setIsSaving(true);
    setFailure(undefined);
    try {
      const pdf = await api.labels.pdf(input);
      savePdf(pdf.fileName, pdf.contentBase64);
      notify({ message: done(pdf.printed) });
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  async function saveOffset(offset: PrinterOffset) {
    try {
      await api.labels.setPrinterOffset(offset);
      offsets.reload();
      preview.reload();
    } catch (error) {
      setFailure(describeError(t, error));
    }
  }

  const isEmpty = doc !== undefined && doc.printed === 0;
  return (
    <Dialog open onClose={isSaving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId}>{contactIds?.length === 1 ? t('labels.titleOne') : t('labels.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
          <Stack spacing={2} sx={{ width: { md: 340 }, flexShrink: 0 }}>
            <LabelOptionsForm
              options={options}
              sheets={sheets.data?.items ?? []}
              onChange={setOptions}
              afterSheet={
                <SheetActions
                  sheet={sheets.data?.items.find((s) => s.id === options.sheetId)}
                  onChosen={(sheetId) => setOptions((current) => ({ ...current, sheetId }))}
                  onChanged={sheets.reload}
                  onFailure={setFailure}
                />
              }
            />
            <Divider />
            <PrinterAlignment
              printer={options.printer}
              saved={offsets.data?.items ?? []}
              isBusy={isSaving}
              onPrinterChange={(printer) => setOptions({ ...options, printer })}
              onSave={saveOffset}
              onCalibrationPage={() => void save({ ...request, document: 'calibration' }, () => t('labels.calibrationSaved'))}
            />
          </Stack>
          <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
            <Alert severity="info">{t('labels.actualSize')}</Alert>
            {failure && <Alert severity="error">{failure}</Alert>}
            {sheets.error != null && <ErrorAlert error={sheets.error} onRetry={sheets.reload} />}
            {preview.error != null && <ErrorAlert error={preview.error} onRetry={preview.reload} />}
            {(preview.isLoading || settled !== request) && <LinearProgress aria-label={t('labels.updating')} />}
            {doc && !isEmpty && (
              <Typography role="status">
                {t('labels.summary', { count: doc.printed, formatted: format.number(doc.printed), pages: format.number(doc.pageCount) })}
              </Typography>
            )}
            {isEmpty && (
              <Alert severity="warning" role="status">
                {contactIds ? t('labels.nothingChosen') : t('labels.nothingAtAll')}
              </Alert>
            )}
            {doc && <SkippedContacts skipped={doc.skipped} />}
            {doc && !isEmpty && doc.shownPageCount < doc.pageCount && (
              <Typography variant="body2" color="text.secondary">
                {t('labels.previewLimited', { shown: format.number(doc.shownPageCount), pages: format.number(doc.pageCount) })}
              </Typography>
            )}
            {doc && !isEmpty && (
              <Box sx={{ display: 'flex', justifyContent: 'center' }}>
                <LabelPreview html={doc.html} pageWidthMm={doc.pageWidthMm} pageHeightMm={doc.pageHeightMm} />
              </Box>
            )}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isSaving}>
          {t('common.close')}
        </Button>
        <Button
          variant="contained"
          startIcon={<PdfIcon />}
          loading={isSaving}
          loadingPosition="start"
          disabled={!doc || isEmpty}
          onClick={() => void save(request, (count) => t('labels.saved', { count, formatted: format.number(count) }))}
        >
          {t('labels.savePdf')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
