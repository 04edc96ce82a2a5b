import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** A titled block of the Today view ("Overdue", "Birthdays this week", …), with its count. */
export function TodaySection({ title, count, children }: { title: string; count?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} spacing={0.5}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600, px: 2 }}>
        {title}
        {count && (
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {count}
          </Typography>
        )}
      </Typography>
      {children}
    </Stack>
  );
}
