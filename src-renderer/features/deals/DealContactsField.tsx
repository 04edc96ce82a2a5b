import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

export interface ContactChoice {
  id: string;
  displayName: string;
}

/** The contacts on a deal: type part of a name, email or phone to add one; chips remove. */
export function DealContactsField({ value, onChange }: { value: ContactChoice[]; onChange(value: ContactChoice[]): void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input.trim(), 150);
  const query = useApiQuery(text ? `deal-contacts:${text}` : null, () => api.contacts.search({ text, limit: 20 }), ['contacts']);
  const options: ContactChoice[] = (query.data?.items ?? []).map(({ id, displayName }) => ({ id, displayName }));
  return (
    <Autocomplete<ContactChoice, true>
      multiple
      value={value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all.filter((o) => !value.some((v) => v.id === o.id))}
      getOptionLabel={(option) => option.displayName}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => onChange(next)}
      noOptionsText={t(text ? 'deals.form.noContact' : 'deals.form.contactsHint')}
      renderInput={(params) => <TextField {...params} label={t('deals.form.contacts')} placeholder={t('deals.form.contactsHint')} />}
    />
  );
}
