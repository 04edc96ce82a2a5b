import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
}

/** A labelled set of radio buttons, one per choice. */
export function ChoiceGroup({ label, value, choices, onChange }: { label: string; value: string | undefined; choices: Choice[]; onChange(value: string): void }) {
  const labelId = useId();
  return (
    <FormControl>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={labelId} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <FormControlLabel key={choice.value} value={choice.value} control={<Radio />} label={choice.label} sx={{ mr: 4 }} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
