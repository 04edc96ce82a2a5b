import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_TYPES, isChoice, type CustomField, type CustomFieldType } from '../../../src-shared/contract/custom-fields';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

interface Props {
  /** The field to edit; a new field when absent. */
  field?: CustomField;
  onClose(): void;
  onSaved(field: CustomField): void;
}

/** Choices are typed one per line: a choice may itself contain commas ("Tea, no sugar"). */
const toOptions = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];

export function CustomFieldDialog({ field, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(field?.name ?? '');
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text');
  const [optionsText, setOptionsText] = useState(field?.options.join('\n') ?? '');
  const [errors, setErrors] = useState<{ name?: string; options?: string }>({});
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    const options = isChoice(type) ? toOptions(optionsText) : [];
    const problems = {
      ...(name.trim() ? {} : { name: t('customFields.dialog.nameNeeded') }),
      ...(isChoice(type) && options.length === 0 ? { options: t('customFields.dialog.optionsNeeded') } : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setIsSaving(true);
    setFailure(undefined);
    try {
      onSaved(field ? await api.customFields.update({ id: field.id, name, options }) : await api.customFields.create({ name, type, options }));
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t(field ? 'customFields.dialog.editTitle' : 'customFields.dialog.newTitle')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <TextField
        autoFocus
        required
        label={t('customFields.dialog.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={Boolean(errors.name)}
        helperText={errors.name}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <TextField
        select
        label={t('customFields.dialog.type')}
        value={type}
        disabled={Boolean(field)}
        helperText={field ? t('customFields.dialog.typeFixed') : undefined}
        onChange={(event) => setType(event.target.value as CustomFieldType)}
      >
        {CUSTOM_FIELD_TYPES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`customFields.type.${choice}`)}
          </MenuItem>
        ))}
      </TextField>
      {isChoice(type) && (
        <TextField
          multiline
          minRows={3}
          label={t('customFields.dialog.options')}
          value={optionsText}
          onChange={(event) => setOptionsText(event.target.value)}
          error={Boolean(errors.options)}
          helperText={errors.options ?? t('customFields.dialog.optionsHint')}
        />
      )}
    </FormDialog>
  );
}
