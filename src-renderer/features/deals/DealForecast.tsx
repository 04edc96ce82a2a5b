import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/useFormat';
import { useMoney } from './useMoney';

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** Weighted value by expected close month, win rate, average won deal and days to close over chosen months. */
export function DealForecast({ pipelineId }: { pipelineId: string | null }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const today = new Date();
  const [fromMonth, setFromMonth] = useState(monthOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1))));
  const [toMonth, setToMonth] = useState(monthOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 1))));
  const isValid = /^\d{4}-\d{2}$/.test(fromMonth) && /^\d{4}-\d{2}$/.test(toMonth);
  const query = useApiQuery(isValid ? `deals:forecast:${pipelineId}:${fromMonth}:${toMonth}` : null, () => api.deals.forecast({ pipelineId, fromMonth, toMonth }), ['deals', 'pipelines']);
  const forecast = query.data;
  const none = t('deals.forecast.none');

  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2}>
        <TextField type="month" size="small" label={t('deals.forecast.from')} value={fromMonth} onChange={(e) => setFromMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField type="month" size="small" label={t('deals.forecast.to')} value={toMonth} onChange={(e) => setToMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {forecast && (
        <>
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="forecast-stats">
            <Box>
              <Typography variant="caption" color="text.secondary">{t('deals.forecast.winRate')}</Typography>
              <Typography>
                {forecast.winRate === null ? none : t('deals.forecast.winRateValue', { percent: `${format.number(Math.round(forecast.winRate * 100))} %`, won: forecast.won, lost: forecast.lost })}
              </Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary">{t('deals.forecast.averageDeal')}</Typography>
              <Typography>{forecast.averageWon.length === 0 ? none : forecast.averageWon.map((a) => money(a.averageMinor, a.currency)).join(' · ')}</Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary">{t('deals.forecast.daysToClose')}</Typography>
              <Typography>{forecast.averageDaysToClose === null ? none : t('deals.forecast.days', { days: format.number(Math.round(forecast.averageDaysToClose)) })}</Typography>
            </Box>
          </Stack>
          {forecast.months.length === 0 ? (
            <Typography color="text.secondary">{t('deals.forecast.empty')}</Typography>
          ) : (
            <Table size="small" aria-label={t('deals.forecast.label')} sx={{ maxWidth: 720 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('deals.forecast.month')}</TableCell>
                  <TableCell align="right">{t('deals.forecast.open')}</TableCell>
                  <TableCell align="right">{t('deals.forecast.weighted')}</TableCell>
                  <TableCell align="right">{t('deals.forecast.won')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {forecast.months.map((m) => (
                  <TableRow key={`${m.month}${m.currency}`}>
                    <TableCell>{m.month}</TableCell>
                    <TableCell align="right">{money(m.openMinor, m.currency)}</TableCell>
                    <TableCell align="right">{money(m.weightedMinor, m.currency)}</TableCell>
                    <TableCell align="right">{money(m.wonMinor, m.currency)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
