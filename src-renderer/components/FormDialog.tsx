import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An edit dialog: title, the form (Enter submits), a failure message above the fields, Cancel and
 * Save. It cannot be closed while saving, so nothing typed is lost to a stray click.
 */
export function FormDialog(props: {
  title: string;
  isSaving: boolean;
  failure: string | null | undefined;
  onClose: () => void;
  onSubmit: () => void;
  /** Shown between the form and the buttons (e.g. a duplicate warning). */
  beforeActions?: ReactNode;
  /** Rendered inside the dialog after it (e.g. a confirmation). */
  after?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={props.isSaving ? undefined : props.onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {props.isSaving && <LinearProgress />}
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent dividers>
        <Stack
          component="form"
          id={`${titleId}-form`}
          noValidate
          spacing={2}
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit();
          }}
        >
          {props.failure && <Alert severity="error">{props.failure}</Alert>}
          {props.children}
        </Stack>
      </DialogContent>
      {props.beforeActions}
      <DialogActions>
        <Button onClick={props.onClose} disabled={props.isSaving}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form={`${titleId}-form`} variant="contained" disabled={props.isSaving}>
          {t('common.save')}
        </Button>
      </DialogActions>
      {props.after}
    </Dialog>
  );
}
