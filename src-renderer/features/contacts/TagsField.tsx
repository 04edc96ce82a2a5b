import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string[];
  onChange(tags: string[]): void;
  error?: string;
}

/** Trimmed, without blanks and without a second spelling of the same tag in another case. */
function distinct(tags: string[]): string[] {
  const out: string[] = [];
  for (const tag of tags.map((text) => text.trim()).filter(Boolean)) {
    if (!out.some((known) => known.toLocaleLowerCase() === tag.toLocaleLowerCase())) out.push(tag);
  }
  return out;
}

/** Free-form tags as chips: Enter, a comma or leaving the field adds what was typed. */
export function TagsField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      autoSelect
      options={[]}
      value={value}
      onChange={(_, next) => onChange(distinct(next))}
      inputValue={input}
      onInputChange={(_, text, reason) => {
        // A comma ends a tag, as in most tag inputs; pasting "a, b" adds both.
        const parts = reason === 'input' ? text.split(',') : [text];
        if (parts.length > 1) onChange(distinct([...value, ...parts.slice(0, -1)]));
        setInput(parts.at(-1) ?? '');
      }}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} size="small" label={tag} {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('contactForm.tags.label')}
          placeholder={t('contactForm.tags.placeholder')}
          error={Boolean(error)}
          helperText={error ?? t('contactForm.tags.hint')}
        />
      )}
    />
  );
}
