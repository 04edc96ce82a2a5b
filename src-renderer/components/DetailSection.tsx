import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A labelled group in a detail panel ("Email", "Notes", …). */
export function DetailSection({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} spacing={0.5}>
      <Typography id={id} variant="subtitle2" component="h3" color="text.secondary">
        {label}
      </Typography>
      {children}
    </Stack>
  );
}
