import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../src-shared/contract/products';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../api/useDebouncedValue';
import { describeError } from '../../components/describe-error';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { useMoney } from '../purchases/useMoney';
import { ProductFormDialog } from './ProductFormDialog';

/** The catalogue: what the business sells, its price and tax; inactive products stay on old purchases. */
export function ProductsPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const notify = useNotify();
  const [filter, setFilter] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Product | 'new'>();
  const text = useDebouncedValue(filter.trim(), 150);
  const query = useApiQuery(`products:${text}:${showInactive}`, () => api.products.list({ text, includeInactive: showInactive }), ['products']);
  const items = query.data?.items;

  const setActive = async (product: Product, isActive: boolean) => {
    try {
      await api.products.setActive({ id: product.id, isActive });
      if (!isActive) notify({ message: t('sales.products.deactivated', { name: product.name }), action: { label: t('common.undo'), onClick: () => void setActive(product, true) } });
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  };
  const addButton = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
      {t('sales.products.add')}
    </Button>
  );

  return (
    <Box sx={{ height: '100%', overflow: 'auto' }}>
      <PageHeader title={t('sales.products.title')} actions={addButton} />
      <Stack direction="row" spacing={2} sx={{ px: 2, pb: 1, alignItems: 'center' }}>
        <TextField size="small" type="search" label={t('sales.products.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <FormControlLabel control={<Switch checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />} label={t('sales.products.showInactive')} />
      </Stack>
      {query.isLoading && <LinearProgress />}
      {query.error != null && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {items?.length === 0 && text === '' && <EmptyState title={t('sales.products.emptyTitle')} body={t('sales.products.emptyBody')}>{addButton}</EmptyState>}
      {items && items.length > 0 && (
        <Table size="small" aria-label={t('sales.products.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('sales.products.name')}</TableCell>
              <TableCell>{t('sales.products.sku')}</TableCell>
              <TableCell>{t('sales.products.category')}</TableCell>
              <TableCell align="right">{t('sales.price')}</TableCell>
              <TableCell align="right">{t('sales.taxPercent')}</TableCell>
              <TableCell>{t('sales.products.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((p) => (
              <TableRow key={p.id} hover>
                <TableCell>
                  <Button size="small" onClick={() => setEditing(p)} sx={{ textTransform: 'none' }}>
                    {p.name}
                  </Button>
                </TableCell>
                <TableCell>{p.sku}</TableCell>
                <TableCell>{p.category}</TableCell>
                <TableCell align="right">{money(p.unitPriceMinor, p.currency)}</TableCell>
                <TableCell align="right">{p.taxBp / 100}</TableCell>
                <TableCell>
                  <Switch checked={p.isActive} slotProps={{ input: { 'aria-label': t('sales.products.activeFor', { name: p.name }) } }} onChange={(e) => void setActive(p, e.target.checked)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <ProductFormDialog product={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </Box>
  );
}
