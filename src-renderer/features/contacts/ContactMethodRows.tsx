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

type Kind = 'emails' | 'phones' | 'websites';

const KINDS: Record<Kind, { one: string; add: string; remove: string; type: string; maxLength: number }> = {
  emails: { one: 'email', add: 'contactForm.addEmail', remove: 'contactForm.removeEmail', type: 'email', maxLength: 320 },
  phones: { one: 'phone', add: 'contactForm.addPhone', remove: 'contactForm.removePhone', type: 'tel', maxLength: 40 },
  websites: { one: 'website', add: 'contactForm.addWebsite', remove: 'contactForm.removeWebsite', type: 'url', maxLength: 2000 },
};

interface Props {
  kind: Kind;
  rows: MethodRow[];
  labels: string[];
  errors: FieldErrors;
  onChange(rows: MethodRow[]): void;
  /** Leave out the heading where a section title already names the rows. */
  isHeadingHidden?: boolean;
}

/** Editable label + value rows for a contact's emails, phones or websites. */
export function ContactMethodRows({ kind, rows, labels, errors, onChange, isHeadingHidden = false }: Props) {
  const { t } = useTranslation();
  const { one, add, remove, type, maxLength } = KINDS[kind];
  const update = (index: number, patch: Partial<MethodRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack spacing={1.5}>
      {!isHeadingHidden && (
        <Typography variant="subtitle2" component="h3" color="text.secondary">
          {t(`contactForm.${kind}`)}
        </Typography>
      )}
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
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              sx={{ width: 200, flexShrink: 0 }}
            >
              {options.map((label) => (
                <MenuItem key={label} value={label}>
                  {label ? t(`methodLabel.${label}`, { defaultValue: label }) : t('methodLabel.none')}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              fullWidth
              type={type}
              label={t(`contactForm.${one}`, { n })}
              value={row.value}
              onChange={(event) => update(index, { value: event.target.value })}
              error={Boolean(errors[`${kind}.${index}.value`])}
              helperText={errors[`${kind}.${index}.value`]}
              slotProps={{ htmlInput: { maxLength } }}
            />
            <IconButton aria-label={t(remove, { n })} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        );
      })}
      <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => onChange([...rows, newRow(labels[0] ?? 'other')])}>
        {t(add)}
      </Button>
    </Stack>
  );
}
