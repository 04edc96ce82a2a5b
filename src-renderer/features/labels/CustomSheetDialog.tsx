import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSheet, LabelSheetGeometry } from '../../../src-shared/contract/labels';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

type NumberField = Exclude<keyof LabelSheetGeometry, 'name'>;
const FIELDS: NumberField[] = ['pageWidthMm', 'pageHeightMm', 'labelWidthMm', 'labelHeightMm', 'columns', 'rows', 'leftMm', 'topMm', 'hPitchMm', 'vPitchMm'];

/** Measure a sheet the presets do not cover and save it (it syncs to the other machines). A new one starts from the chosen sheet. */
export function CustomSheetDialog(props: { start: LabelSheet | undefined; isNew: boolean; onClose(): void; onSaved(sheet: LabelSheet): void }) {
  const { start, isNew, onClose, onSaved } = props;
  const { t } = useTranslation();
  const [sheet, setSheet] = useState<LabelSheetGeometry>(() => {
    const { id: _id, isCustom: _isCustom, ...geometry } = start ?? { id: '', isCustom: false, name: '', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 63.5, labelHeightMm: 38.1, leftMm: 7.2, topMm: 15.15, hPitchMm: 66.04, vPitchMm: 38.1, columns: 3, rows: 7 };
    return { ...geometry, name: isNew ? '' : geometry.name };
  });
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function save() {
    setIsSaving(true);
    setFailure(undefined);
    try {
      onSaved(await api.labels.saveSheet({ ...(!isNew && start?.isCustom ? { id: start.id } : {}), sheet }));
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('labels.custom.title')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <TextField label={t('labels.custom.name')} required value={sheet.name} onChange={(e) => setSheet({ ...sheet, name: e.target.value })} autoFocus />
      <Grid container spacing={2}>
        {FIELDS.map((field) => (
          <Grid key={field} size={6}>
            <TextField
              fullWidth
              type="number"
              label={t(`labels.custom.${field}`)}
              value={sheet[field]}
              slotProps={{ htmlInput: { step: field === 'columns' || field === 'rows' ? 1 : 0.01, min: 0 } }}
              onChange={(e) => setSheet({ ...sheet, [field]: Number(e.target.value) })}
            />
          </Grid>
        ))}
      </Grid>
    </FormDialog>
  );
}
