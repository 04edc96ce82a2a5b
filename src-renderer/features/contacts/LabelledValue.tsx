import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One value of a contact with its label after it: "priya@example.in · Work". */
export function LabelledValue({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Typography sx={{ overflowWrap: 'anywhere' }}>
      {children}
      {label && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' · '}
          {t(`methodLabel.${label}`, { defaultValue: label })}
        </Typography>
      )}
    </Typography>
  );
}
