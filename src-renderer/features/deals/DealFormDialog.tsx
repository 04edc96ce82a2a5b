import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealDetail } from '../../../src-shared/contract/deals';
import type { Pipeline } from '../../../src-shared/contract/pipelines';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { CompanyPicker } from '../contacts/CompanyPicker';
import { DealContactsField } from './DealContactsField';
import { DealHistory } from './DealHistory';
import { formValuesOf, toDealFields, type DealFormErrors, type DealFormValues } from './deal-form-values';

interface Props {
  /** Editing this deal; creating when absent. */
  deal?: DealDetail;
  pipeline: Pipeline;
  onClose(): void;
  onSaved(deal: DealDetail): void;
  onDelete?(deal: DealDetail): void;
}

export function DealFormDialog({ deal, pipeline, onClose, onSaved, onDelete }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DealFormValues>(() => formValuesOf(deal));
  const openStages = pipeline.stages.filter((s) => s.kind === 'open');
  const [stageId, setStageId] = useState(deal?.stageId ?? openStages[0]?.id ?? pipeline.stages[0]?.id ?? '');
  const [errors, setErrors] = useState<DealFormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const stage = pipeline.stages.find((s) => s.id === stageId);
  const set = <K extends keyof DealFormValues>(key: K) => (value: DealFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'title' | 'value' | 'currency' | 'expectedCloseDate' | 'probability' | 'owner' | 'source' | 'notes') => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
    error: key in errors,
    helperText: errors[key as keyof DealFormErrors] && t(`deals.form.${errors[key as keyof DealFormErrors]}`),
  });

  async function save() {
    const result = toDealFields(values);
    if ('errors' in result) return setErrors(result.errors);
    setErrors({});
    setIsSaving(true);
    try {
      const saved = deal
        ? await api.deals.update({ id: deal.id, fields: result.fields })
        : await api.deals.create({ ...result.fields, pipelineId: pipeline.id, stageId });
      onSaved(saved);
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog
      title={t(deal ? 'deals.form.editTitle' : 'deals.form.newTitle')}
      isSaving={isSaving}
      failure={failure}
      onClose={onClose}
      onSubmit={() => void save()}
      beforeActions={
        deal &&
        onDelete && (
          <DialogActions sx={{ justifyContent: 'flex-start', px: 3 }}>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => onDelete(deal)} disabled={isSaving}>
              {t('deals.form.delete')}
            </Button>
          </DialogActions>
        )
      }
    >
      <TextField autoFocus required label={t('deals.form.title')} {...text('title')} slotProps={{ htmlInput: { maxLength: 200 } }} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('deals.form.value')} {...text('value')} sx={{ flex: 2 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        <TextField label={t('deals.form.currency')} {...text('currency')} sx={{ flex: 1 }} slotProps={{ htmlInput: { maxLength: 3 } }} />
      </Stack>
      {!deal && (
        <TextField select label={t('deals.form.stage')} value={stageId} onChange={(event) => setStageId(event.target.value)}>
          {pipeline.stages.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Stack direction="row" spacing={2}>
        <TextField type="date" label={t('deals.form.close')} {...text('expectedCloseDate')} sx={{ flex: 1 }} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField
          label={t('deals.form.probability')}
          {...text('probability')}
          helperText={errors.probability ? t(`deals.form.${errors.probability}`) : t('deals.form.probabilityHelp', { percent: stage?.probability ?? 0 })}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Stack>
      <CompanyPicker
        value={values.company}
        onChange={set('company')}
        onCreate={async (name) => {
          const created = await api.companies.create({ name });
          return { id: created.id, name: created.name };
        }}
      />
      <DealContactsField value={values.contacts} onChange={set('contacts')} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('deals.form.owner')} {...text('owner')} sx={{ flex: 1 }} />
        <TextField label={t('deals.form.source')} {...text('source')} sx={{ flex: 1 }} />
      </Stack>
      <TextField label={t('deals.form.notes')} multiline minRows={2} {...text('notes')} />
      {deal && <DealHistory history={deal.history} closeReason={deal.closeReason} />}
    </FormDialog>
  );
}
