import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CurrencyTotal } from '../../../src-shared/contract/deals';
import { useMoney } from './useMoney';

/** A stage's total and weighted total, per currency (amounts in different currencies are never added). */
export function StageTotals({ totals }: { totals: CurrencyTotal[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  return totals.map((total) => (
    <Typography key={total.currency} variant="caption" color="text.secondary" component="p" data-testid="stage-total">
      <Box component="span" sx={{ display: 'block' }}>
        {t('deals.board.total', { amount: money(total.totalMinor, total.currency) })}
      </Box>
      <Box component="span" sx={{ display: 'block' }}>
        {t('deals.board.weighted', { amount: money(total.weightedMinor, total.currency) })}
      </Box>
    </Typography>
  ));
}
