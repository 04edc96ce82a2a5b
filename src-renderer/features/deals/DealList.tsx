import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DealSummary } from '../../../src-shared/contract/deals';
import { useFormat } from '../../i18n/useFormat';
import { useMoney } from './useMoney';

/** Deals as a table, most recently changed first; a row opens the deal (click or Enter). */
export function DealList({ items, total, onOpen }: { items: DealSummary[]; total: number; onOpen(deal: DealSummary): void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  return (
    <>
      <Table size="small" stickyHeader aria-label={t('deals.list.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('deals.list.title')}</TableCell>
            <TableCell>{t('deals.list.stage')}</TableCell>
            <TableCell align="right">{t('deals.list.value')}</TableCell>
            <TableCell align="right">{t('deals.list.probability')}</TableCell>
            <TableCell>{t('deals.list.close')}</TableCell>
            <TableCell>{t('deals.list.owner')}</TableCell>
            <TableCell>{t('deals.list.company')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((deal) => (
            <TableRow key={deal.id} hover tabIndex={0} sx={{ cursor: 'pointer' }} onClick={() => onOpen(deal)} onKeyDown={(event) => event.key === 'Enter' && onOpen(deal)}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{deal.title}</TableCell>
              <TableCell>{deal.stageName}</TableCell>
              <TableCell align="right">{money(deal.valueMinor, deal.currency)}</TableCell>
              <TableCell align="right">{deal.effectiveProbability} %</TableCell>
              <TableCell>{deal.expectedCloseDate ?? ''}</TableCell>
              <TableCell>{deal.owner}</TableCell>
              <TableCell>{deal.companyName ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > items.length && (
        <Typography variant="caption" color="text.secondary" sx={{ p: 2, display: 'block' }}>
          {t('deals.list.shown', { shown: format.number(items.length), total: format.number(total) })}
        </Typography>
      )}
    </>
  );
}
