import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { daysInMonth, NO_BIRTHDAY, type BirthdayParts } from './birthday-parts';

interface Props {
  value: BirthdayParts;
  onChange(value: BirthdayParts): void;
  error?: string;
}

/** Day and month from lists, the year typed and optional: many people know a birthday but not the year. */
export function BirthdayField({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
  }, [locale]);
  const year = /^\d{4}$/.test(value.year) ? Number(value.year) : undefined;
  const dayCount = value.month ? daysInMonth(Number(value.month), year) : 31;
  const set = (patch: Partial<BirthdayParts>) => onChange({ ...value, ...patch });
  const isSet = Boolean(value.day || value.month || value.year);
  const selectProps = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('contactForm.birthday.day')}
          value={value.day}
          onChange={(e) => set({ day: e.target.value })}
          error={Boolean(error)}
          slotProps={selectProps}
          sx={{ width: 100 }}
        >
          <MenuItem value="">—</MenuItem>
          {Array.from({ length: dayCount }, (_, i) => (
            <MenuItem key={i + 1} value={String(i + 1)}>
              {new Intl.NumberFormat(locale).format(i + 1)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('contactForm.birthday.month')}
          value={value.month}
          onChange={(e) => set({ month: e.target.value })}
          error={Boolean(error)}
          slotProps={selectProps}
          sx={{ width: 170 }}
        >
          <MenuItem value="">—</MenuItem>
          {months.map((name, i) => (
            <MenuItem key={name} value={String(i + 1)}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('contactForm.birthday.year')}
          placeholder={t('contactForm.birthday.yearPlaceholder')}
          value={value.year}
          onChange={(e) => set({ year: e.target.value.replace(/\D/g, '') })}
          error={Boolean(error)}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 }, inputLabel: { shrink: true } }}
          sx={{ width: 130 }}
        />
        {isSet && (
          <Button size="small" onClick={() => onChange(NO_BIRTHDAY)}>
            {t('contactForm.birthday.clear')}
          </Button>
        )}
      </Stack>
      <FormHelperText error={Boolean(error)}>{error ?? t('contactForm.birthday.hint')}</FormHelperText>
    </Stack>
  );
}
