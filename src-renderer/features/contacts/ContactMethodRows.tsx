import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../components/field-errors';
import { newRow, type MethodRow } from './contact-form-values';

interface Props {
  kind: 'emails' | 'phones';
  rows: MethodRow[];
  labels: string[];
  errors: FieldErrors;
  onChange(rows: MethodRow[]): void;
}

/** Editable label + value rows for a contact's emails or phones. */
export function ContactMethodRows({ kind, rows, labels, errors, onChange }: Props) {
  const { t } = useTranslation();
  const one = kind === 'emails' ? 'email' : 'phone';
  const update = (index: number, patch: Partial<MethodRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2" component="h3" color="text.secondary">
        {t(`contactForm.${kind}`)}
      </Typography>
      {rows.map((row, index) => {
        const n = index + 1;
        const options = labels.includes(row.label) ? labels : [...labels, row.label];
        return (
          <Stack key={row.key} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              select
              size="small"
              label={t(`contactForm.${one}Label`, { n })}
              value={row.label}
              onChange={(event) => update(index, { label: event.target.value })}
              sx={{ width: 200, flexShrink: 0 }}
            >
              {options.map((label) => (
                <MenuItem key={label} value={label}>
                  {t(`methodLabel.${label}`, { defaultValue: label })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              fullWidth
              type={kind === 'emails' ? 'email' : 'tel'}
              label={t(`contactForm.${one}`, { n })}
              value={row.value}
              onChange={(event) => update(index, { value: event.target.value })}
              error={Boolean(errors[`${kind}.${index}.value`])}
              helperText={errors[`${kind}.${index}.value`]}
              slotProps={{ htmlInput: { maxLength: kind === 'emails' ? 320 : 40 } }}
            />
            <IconButton
              aria-label={t(kind === 'emails' ? 'contactForm.removeEmail' : 'contactForm.removePhone', { n })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        );
      })}
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...rows, newRow(labels[0] ?? 'other')])}
      >
        {t(kind === 'emails' ? 'contactForm.addEmail' : 'contactForm.addPhone')}
      </Button>
    </Stack>
  );
}
