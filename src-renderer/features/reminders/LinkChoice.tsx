import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

export interface LinkOption {
  id: string;
  name: string;
}

const load = {
  contact: async (text: string) => (await api.contacts.search({ text, limit: 20 })).items.map((c) => ({ id: c.id, name: c.displayName })),
  company: async (text: string) => (await api.companies.list({ text, limit: 20 })).items.map((c) => ({ id: c.id, name: c.name })),
};

/** Links a reminder to a contact (found by name, phone or email) or a company (by name). */
export function LinkChoice({
  kind = 'contact',
  value,
  onChange,
  error,
}: {
  kind?: 'contact' | 'company';
  value: LinkOption | null;
  onChange(value: LinkOption | null): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState(value?.name ?? '');
  const text = useDebouncedValue(input.trim(), 150);
  const filter = value && text === value.name ? '' : text;
  const query = useApiQuery(filter ? `reminder-${kind}:${filter}` : null, () => load[kind](filter), [kind === 'contact' ? 'contacts' : 'companies']);
  const options: LinkOption[] = [...(query.data ?? [])];
  if (value && !options.some((o) => o.id === value.id)) options.unshift(value);

  return (
    <Autocomplete<LinkOption>
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
      noOptionsText={filter ? t(kind === 'contact' ? 'reminders.form.noContacts' : 'reminders.form.noCompanies') : t(kind === 'contact' ? 'reminders.form.typeToFind' : 'reminders.form.typeCompany')}
      renderInput={(params) => <TextField {...params} label={t(`reminders.form.${kind}`)} error={Boolean(error)} helperText={error} />}
    />
  );
}
