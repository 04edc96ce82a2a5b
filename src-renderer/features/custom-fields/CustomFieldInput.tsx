import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../src-shared/contract/custom-fields';
import type { FormValue } from './custom-field-form';

interface Props {
  field: CustomField;
  value: FormValue;
  error?: string;
  onChange(value: FormValue): void;
}

const INPUT_TYPES = { text: 'text', number: 'text', date: 'date', url: 'url' } as const;

/** The input a custom field's type calls for; its label is the field's name. */
export function CustomFieldInput({ field, value, error, onChange }: Props) {
  const { t } = useTranslation();
  if (field.type === 'checkbox') {
    return <FormControlLabel control={<Checkbox checked={value === true} onChange={(event) => onChange(event.target.checked)} />} label={field.name} />;
  }
  if (field.type === 'multiChoice') {
    return (
      <Autocomplete<string, true>
        multiple
        size="small"
        options={field.options}
        value={Array.isArray(value) ? value : []}
        onChange={(_, next) => onChange(next)}
        renderInput={(params) => <TextField {...params} label={field.name} error={Boolean(error)} helperText={error} />}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (field.type === 'singleChoice') {
    return (
      <TextField
        select
        size="small"
        label={field.name}
        value={field.options.includes(text) ? text : ''}
        onChange={(event) => onChange(event.target.value)}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('customFields.noChoice')}</MenuItem>
        {field.options.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  return (
    <TextField
      size="small"
      label={field.name}
      type={INPUT_TYPES[field.type]}
      value={text}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error}
      slotProps={{
        inputLabel: field.type === 'date' ? { shrink: true } : undefined,
        htmlInput: field.type === 'number' ? { inputMode: 'decimal' } : { maxLength: 2000 },
      }}
    />
  );
}
