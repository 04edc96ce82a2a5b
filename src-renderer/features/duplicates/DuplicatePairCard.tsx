import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ContactSummaryCard } from './ContactSummaryCard';
import type { DuplicatePair } from './duplicate-reason';
import { DuplicateReasons } from './DuplicateReasons';

interface Props {
  pair: DuplicatePair;
  isBusy: boolean;
  onMerge(): void;
  onDismiss(): void;
}

export function DuplicatePairCard({ pair, isBusy, onMerge, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <Paper component="li" variant="outlined" aria-label={t('duplicates.pairLabel', { a: pair.a.displayName, b: pair.b.displayName })} sx={{ p: 2, listStyle: 'none' }}>
      <Stack spacing={1.5}>
        <DuplicateReasons reasons={pair.reasons} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <ContactSummaryCard contact={pair.a} />
          <Typography color="text.secondary" aria-hidden sx={{ pt: 1 }}>
            ⇄
          </Typography>
          <ContactSummaryCard contact={pair.b} />
        </Stack>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={onDismiss} disabled={isBusy}>
            {t('duplicates.dismiss')}
          </Button>
          <Button variant="contained" onClick={onMerge} disabled={isBusy}>
            {t('duplicates.merge')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
