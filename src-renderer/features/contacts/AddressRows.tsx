import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../components/field-errors';
import { ADDRESS_LABELS, newAddressRow, type AddressRow } from './contact-form-values';

type Part = 'street' | 'locality' | 'region' | 'postalCode' | 'country';

interface Props {
  rows: AddressRow[];
  errors: FieldErrors;
  onChange(rows: AddressRow[]): void;
  /** Labels offered (a company's addresses are work or other); the first is a new row's. */
  labels?: string[];
}

/** Postal addresses, one block per address: label, street (several lines), city, region, PIN and country. */
export function AddressRows({ rows, errors, onChange, labels = ADDRESS_LABELS }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AddressRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack spacing={2.5}>
      {rows.map((row, index) => {
        const n = index + 1;
        const options = labels.includes(row.label) ? labels : [...labels, row.label];
        const part = (name: Part, maxLength = 200) => ({
          size: 'small' as const,
          fullWidth: true,
          label: t(`contactForm.address.${name}`),
          value: row[name],
          onChange: (event: { target: { value: string } }) => update(index, { [name]: event.target.value }),
          error: Boolean(errors[`addresses.${index}.${name}`]),
          helperText: errors[`addresses.${index}.${name}`],
          slotProps: { htmlInput: { maxLength } },
        });
        return (
          <Stack key={row.key} spacing={1.5} role="group" aria-label={t('contactForm.address.group', { n })}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField
                select
                size="small"
                label={t('contactForm.address.label', { n })}
                value={row.label}
                onChange={(event) => update(index, { label: event.target.value })}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                sx={{ width: 200 }}
              >
                {options.map((label) => (
                  <MenuItem key={label} value={label}>
                    {label ? t(`methodLabel.${label}`, { defaultValue: label }) : t('methodLabel.none')}
                  </MenuItem>
                ))}
              </TextField>
              <IconButton
                aria-label={t('contactForm.address.remove', { n })}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                sx={{ ml: 'auto' }}
              >
                <DeleteIcon />
              </IconButton>
            </Stack>
            <TextField {...part('street', 1000)} multiline minRows={2} />
            <Stack direction="row" spacing={1}>
              <TextField {...part('locality')} />
              <TextField {...part('region')} />
            </Stack>
            <Stack direction="row" spacing={1}>
              <TextField {...part('postalCode', 40)} />
              <TextField {...part('country')} />
            </Stack>
          </Stack>
        );
      })}
      <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => onChange([...rows, newAddressRow(labels[0] ?? 'home')])}>
        {t('contactForm.address.add')}
      </Button>
    </Stack>
  );
}
