import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import type { ContactChoice } from './interaction-draft';

/** One or more contacts, found by typing part of a name, email or phone. */
export function ContactsPicker(props: { value: ContactChoice[]; onChange(value: ContactChoice[]): void; error?: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input.trim(), 150);
  const query = useApiQuery(text ? `interactions:pick:${text}` : null, () => api.contacts.search({ text, limit: 20 }), ['contacts']);
  const options: ContactChoice[] = (query.data?.items ?? []).map(({ id, displayName }) => ({ id, displayName }));

  return (
    <Autocomplete<ContactChoice, true>
      multiple
      value={props.value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all}
      filterSelectedOptions
      getOptionLabel={(option) => option.displayName}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => props.onChange(next)}
      noOptionsText={t('interactions.noContacts')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('interactions.contacts')}
          placeholder={props.value.length === 0 ? t('interactions.contactsPlaceholder') : undefined}
          error={Boolean(props.error)}
          helperText={props.error}
          autoFocus={props.autoFocus}
        />
      )}
    />
  );
}
