import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', px: 2, py: 1.5, minHeight: 64 }}>
      <Stack sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h6" component="h2" noWrap>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" noWrap role="status">
            {subtitle}
          </Typography>
        )}
      </Stack>
      {actions}
    </Stack>
  );
}
