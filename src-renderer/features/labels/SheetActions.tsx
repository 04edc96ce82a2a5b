import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSheet } from '../../../src-shared/contract/labels';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { CustomSheetDialog } from './CustomSheetDialog';

/**
 * New, edit and delete for custom sheets, under the sheet picker. Undo sits in the dialog itself:
 * the app's snackbar is outside the modal, out of reach of keyboard and screen reader.
 */
export function SheetActions(props: { sheet: LabelSheet | undefined; onChosen(sheetId: string): void; onChanged(): void; onFailure(message: string): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [deleted, setDeleted] = useState<LabelSheet | null>(null);
  const { sheet } = props;

  async function remove(doomed: LabelSheet) {
    try {
      await api.labels.deleteSheet({ id: doomed.id });
      props.onChosen('avery-5160');
      props.onChanged();
      setDeleted(doomed);
    } catch (error) {
      props.onFailure(describeError(t, error));
    }
  }

  async function undo(doomed: LabelSheet) {
    const { id: _id, isCustom: _isCustom, ...geometry } = doomed;
    try {
      const restored = await api.labels.saveSheet({ sheet: geometry });
      setDeleted(null);
      props.onChanged();
      props.onChosen(restored.id);
    } catch (error) {
      props.onFailure(describeError(t, error));
    }
  }

  return (
    <Stack spacing={1} sx={{ mt: -1 }}>
      {deleted && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => void undo(deleted)}>
              {t('common.undo')}
            </Button>
          }
        >
          {t('labels.custom.deleted', { name: deleted.name })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('labels.custom.new')}
        </Button>
        {sheet?.isCustom && (
          <>
            <Button size="small" startIcon={<EditIcon />} onClick={() => setEditing('edit')}>
              {t('labels.custom.edit')}
            </Button>
            <Button size="small" startIcon={<DeleteIcon />} onClick={() => void remove(sheet)}>
              {t('labels.custom.delete')}
            </Button>
          </>
        )}
        {editing && (
          <CustomSheetDialog
            start={sheet}
            isNew={editing === 'new'}
            onClose={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              props.onChanged();
              props.onChosen(saved.id);
            }}
          />
        )}
      </Stack>
    </Stack>
  );
}
