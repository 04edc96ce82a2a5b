import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange(value: string): void;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, inputRef }: Props) {
  const { t } = useTranslation();
  return (
    <TextField
      type="search"
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => event.key === 'Escape' && onChange('')}
      placeholder={t('search.placeholder')}
      inputRef={inputRef}
      sx={{
        width: { xs: 220, md: 360 },
        '& .MuiOutlinedInput-root': { bgcolor: 'background.paper', borderRadius: 2 },
      }}
      slotProps={{
        htmlInput: { 'aria-label': t('search.label'), maxLength: 200, spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
