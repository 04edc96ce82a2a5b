import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';
import type { CompanyChoice } from './contact-form-values';

type Option = CompanyChoice | { create: string };

interface Props {
  value: CompanyChoice | null;
  onChange(value: CompanyChoice | null): void;
  onCreate(name: string): Promise<CompanyChoice | null>;
  error?: string;
}

/** Picks a company by typing part of its name; a name that is not there yet can be added on the spot. */
export function CompanyPicker({ value, onChange, onCreate, error }: Props) {
  const { t } = useTranslation();
  const { collator } = useFormat();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input.trim(), 150);
  // While a company is chosen the input shows its name; the list then offers every company again.
  const filter = value && text === value.name ? '' : text;
  const query = useApiQuery(`companies:${filter}`, () => api.companies.list({ text: filter, limit: 20 }), ['companies']);
  const companies: CompanyChoice[] = (query.data?.items ?? [])
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // The chosen company stays an option even when the first results do not include it.
  if (value && !companies.some((company) => company.id === value.id)) companies.unshift(value);
  const typed = input.trim();
  const hasExact = companies.some((company) => collator.compare(company.name, typed) === 0);
  const options: Option[] = typed && !hasExact && typed !== value?.name ? [...companies, { create: typed }] : companies;

  return (
    <Autocomplete<Option>
      value={value}
      options={options}
      loading={query.isLoading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => ('create' in option ? option.create : option.name)}
      getOptionKey={(option) => ('create' in option ? `create:${option.create}` : option.id)}
      isOptionEqualToValue={(option, selected) => 'id' in option && 'id' in selected && option.id === selected.id}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {'create' in option ? t('contactForm.companyCreate', { name: option.create }) : option.name}
        </li>
      )}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => {
        if (next && 'create' in next) void onCreate(next.create).then((created) => created && onChange(created));
        else onChange(next);
      }}
      noOptionsText={t('contactForm.companyNoOptions')}
      renderInput={(params) => (
        <TextField {...params} label={t('contactForm.company')} placeholder={t('contactForm.companyNone')} error={Boolean(error)} helperText={error} />
      )}
    />
  );
}
