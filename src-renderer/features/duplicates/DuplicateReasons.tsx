import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { DuplicateReason } from './duplicate-reason';

/** Why the core thinks two contacts are one person: "Same email", "Same phone", … */
export function DuplicateReasons({ reasons }: { reasons: DuplicateReason[] }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={t('duplicates.reasonsLabel')}>
      {reasons.map((reason) => (
        <Chip key={reason} size="small" color="warning" variant="outlined" label={t(`duplicates.reason.${reason}`)} />
      ))}
    </Stack>
  );
}
