import UploadIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview } from '../../../src-shared/contract/imports';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { navigate } from '../../app/routes';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportPreviewView } from './ImportPreviewView';
import { RecentImports } from './RecentImports';
import type { ImportFileState } from './useImportFile';
import { useImportProgress } from './useImportProgress';
import { useUndoImport } from './useUndoImport';

interface Props {
  source: ImportFileState;
  onRunningChange(isRunning: boolean): void;
  onClose(): void;
}

/** Choose a file, see what importing it would do, import it; nothing changes before "Import". */
export function ImportDialog({ source, onRunningChange, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const notify = useNotify();
  const undo = useUndoImport();
  const titleId = useId();
  const [mode, setMode] = useState<ImportMode>('createAndUpdate');
  const [isRunning, setIsRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>();
  const [isCancelling, setIsCancelling] = useState(false);
  const [wasCancelled, setWasCancelled] = useState(false);
  // Read after the run's await, when the state seen by run() is stale.
  const isCancellingRef = useRef(false);
  const { file } = source;
  // The user's column mapping (CSVs no preset knows), for the file it was made for.
  const [mapping, setMapping] = useState<{ fileKey: number; csvMapping: Record<string, string> }>();
  const csvMapping = file && mapping?.fileKey === file.key ? mapping.csvMapping : undefined;
  const input = file && { fileName: file.fileName, contentBase64: file.contentBase64, mode, csvMapping };
  const preview = useApiQuery(input ? `import:${file.key}:${mode}:${JSON.stringify(csvMapping ?? null)}` : null, () =>
    api.imports.preview(input ?? { fileName: '', contentBase64: '' }),
  );
  // The last preview of this file stays on screen while the next one (new mode or mapping) loads.
  const [kept, setKept] = useState<{ fileKey: number; preview: ImportPreview }>();
  if (file && preview.data && kept?.preview !== preview.data) setKept({ fileKey: file.key, preview: preview.data });
  const shown = preview.data ?? (file && kept?.fileKey === file.key ? kept.preview : undefined);

  function changeColumn(header: string, target: string) {
    if (!file || !shown?.columns) return;
    const current = Object.fromEntries(shown.columns.map((c) => [c.header, c.target]));
    setMapping({ fileKey: file.key, csvMapping: { ...current, [header]: target } });
  }
  const count = preview.data ? preview.data.toCreate + preview.data.toUpdate : 0;
  const isBusy = source.isReading || preview.isLoading || isRunning;
  const status = isRunning ? t('imports.running') : source.isReading ? t('imports.reading') : preview.isLoading ? t('imports.checking') : undefined;
  const runProgress = useImportProgress('import.run', isRunning);
  const previewProgress = useImportProgress('import.preview', preview.isLoading);
  const progress = isRunning ? runProgress : preview.isLoading ? previewProgress : null;
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;

  async function cancel() {
    isCancellingRef.current = true;
    setIsCancelling(true);
    await api.imports.cancel({}).catch(() => undefined);
  }

  async function run() {
    if (!input) return;
    setIsRunning(true);
    onRunningChange(true);
    setRunError(undefined);
    setWasCancelled(false);
    setIsCancelling(false);
    isCancellingRef.current = false;
    try {
      // The preview's token lets the core reuse what it already read instead of reading the file again.
      const result = await api.imports.run({ ...input, previewToken: preview.data?.token });
      const imported = result.created + result.updated;
      onClose();
      navigate({ page: 'contacts' });
      notify({
        message: t('imports.done', { count: imported, formatted: format.number(imported) }),
        action: { label: t('common.undo'), onClick: () => void undo(result.id) },
      });
    } catch (error) {
      if (isCancellingRef.current) setWasCancelled(true);
      else setRunError(error);
    } finally {
      setIsCancelling(false);
      setIsRunning(false);
      onRunningChange(false);
    }
  }

  const hasFile = Boolean(file || source.readError || source.isReading);
  return (
    <Dialog open onClose={isRunning ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      {isBusy && (
        <LinearProgress
          aria-label={status}
          variant={percent === null ? 'indeterminate' : 'determinate'}
          value={percent ?? undefined}
          aria-valuetext={progress ? t('imports.progress', { done: format.number(progress.done), total: format.number(progress.total) }) : undefined}
        />
      )}
      <DialogTitle id={titleId}>{t('imports.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {isRunning && progress && (
            <Typography role="status" variant="body2" sx={{ fontWeight: 500 }}>
              {t('imports.progress', { done: format.number(progress.done), total: format.number(progress.total) })}
            </Typography>
          )}
          {!hasFile && <ImportFilePicker onChoose={source.choose} />}
          {!hasFile && <RecentImports />}
          {status && !isRunning && <Typography role="status">{status}</Typography>}
          {source.readError && <Alert severity="error">{source.readError}</Alert>}
          {preview.error != null && (
            <Alert severity="error">
              <AlertTitle>{t('imports.failed')}</AlertTitle>
              {describeError(t, preview.error)}
            </Alert>
          )}
          {file && shown && (
            <ImportPreviewView fileName={file.fileName} preview={shown} mode={mode} onModeChange={setMode} onColumnChange={changeColumn} isDisabled={isRunning} />
          )}
          {wasCancelled && <Alert severity="info">{t('imports.cancelled')}</Alert>}
          {runError != null && <Alert severity="error">{describeError(t, runError)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {hasFile && (
          <Button onClick={source.clear} disabled={isRunning} sx={{ mr: 'auto' }}>
            {t('imports.chooseAnother')}
          </Button>
        )}
        {isRunning ? (
          <Button onClick={() => void cancel()} disabled={isCancelling} color="warning">
            {t('imports.cancelImport')}
          </Button>
        ) : (
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        )}
        {hasFile && (
          <Button variant="contained" onClick={() => void run()} disabled={!count || isBusy} loading={isRunning} loadingPosition="start" startIcon={<UploadIcon />}>
            {t('imports.run', { count, formatted: format.number(count) })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
