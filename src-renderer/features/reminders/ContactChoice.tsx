import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

export interface ContactOption {
  id: string;
  name: string;
}

/** Links a reminder to a contact, found by typing part of a name, phone or email. */
export function ContactChoice({ value, onChange, error }: { value: ContactOption | null; onChange(value: ContactOption | null): void; error?: string }) {
  const { t } = useTranslation();
  const [input, setInput] = useState(value?.name ?? '');
  const text = useDebouncedValue(input.trim(), 150);
  const filter = value && text === value.name ? '' : text;
  const query = useApiQuery(filter ? `reminder-contacts:${filter}` : null, () => api.contacts.search({ text: filter, limit: 20 }), ['contacts']);
  const options: ContactOption[] = (query.data?.items ?? []).map((c) => ({ id: c.id, name: c.displayName }));
  if (value && !options.some((o) => o.id === value.id)) options.unshift(value);

  return (
    <Autocomplete<ContactOption>
      value={value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => onChange(next)}
      noOptionsText={filter ? t('reminders.form.noContacts') : t('reminders.form.typeToFind')}
      renderInput={(params) => <TextField {...params} label={t('reminders.form.contact')} error={Boolean(error)} helperText={error} />}
    />
  );
}
