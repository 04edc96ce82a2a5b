import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

interface Props {
  value: ContactSummary | null;
  onChange(value: ContactSummary | null): void;
  /** The contact being viewed: never offered as its own relation. */
  excludeId: string;
  error?: string;
  /** Defaults to "Other contact" (relationships). */
  label?: string;
}

/** Finds another contact by typing part of a name, email or phone. */
export function ContactPicker({ value, onChange, excludeId, error, label }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input.trim(), 150);
  const filter = value && text === value.displayName ? '' : text;
  const query = useApiQuery(filter ? `relationship-picker:${filter}` : null, () => api.contacts.search({ text: filter, limit: 20 }), ['contacts']);
  const options = (query.data?.items ?? []).filter((c) => c.id !== excludeId);
  if (value && !options.some((c) => c.id === value.id)) options.unshift(value);

  return (
    <Autocomplete<ContactSummary>
      value={value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.displayName}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {[option.displayName, option.companyName].filter(Boolean).join(' · ')}
        </li>
      )}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => onChange(next)}
      noOptionsText={t(filter ? 'relationships.picker.noMatch' : 'relationships.picker.typeToSearch')}
      renderInput={(params) => <TextField {...params} autoFocus label={label ?? t('relationships.picker.label')} error={Boolean(error)} helperText={error} />}
    />
  );
}
