import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';

type Company = { id: string; name: string };

/** The company an interaction is with (optional): found by typing part of its name. */
export function CompanyChoice(props: { value: Company | null; onChange(value: Company | null): void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input.trim(), 150);
  const filter = props.value && text === props.value.name ? '' : text;
  const query = useApiQuery(`interactions:companies:${filter}`, () => api.companies.list({ text: filter, limit: 20 }), ['companies']);
  const options: Company[] = (query.data?.items ?? []).map(({ id, name }) => ({ id, name }));
  if (props.value && !options.some((c) => c.id === props.value!.id)) options.unshift(props.value);
  return (
    <Autocomplete<Company>
      value={props.value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => props.onChange(next)}
      renderInput={(params) => <TextField {...params} label={t('interactions.company')} placeholder={t('interactions.noCompany')} />}
    />
  );
}
