import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../src-shared/contract/products';
import { minorText, parseMinor, parseScaled, scaledText } from '../../../src-shared/sales/money';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

export function ProductFormDialog({ product, onClose }: { product?: Product; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(product?.name ?? '');
  const [sku, setSku] = useState(product?.sku ?? '');
  const [category, setCategory] = useState(product?.category ?? '');
  const [currency, setCurrency] = useState(product?.currency ?? 'INR');
  const [price, setPrice] = useState(product ? minorText(product.unitPriceMinor, product.currency) : '');
  const [tax, setTax] = useState(product ? scaledText(product.taxBp, 2) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function save() {
    const unitPriceMinor = parseMinor(price || '0', currency);
    const taxBp = parseScaled(tax.replace(/%$/, '') || '0', 2);
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('sales.errors.name');
    if (unitPriceMinor === null || unitPriceMinor < 0) problems.price = t('sales.errors.price');
    if (taxBp === null || taxBp < 0 || taxBp > 10_000) problems.tax = t('sales.errors.tax');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || unitPriceMinor === null || taxBp === null) return;
    setIsSaving(true);
    try {
      const fields = { name, sku, category, currency, unitPriceMinor, taxBp, isActive: product?.isActive ?? true };
      if (product) await api.products.update({ id: product.id, fields });
      else await api.products.create(fields);
      onClose();
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={product ? t('sales.products.edit') : t('sales.products.add')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <TextField autoFocus label={t('sales.products.name')} value={name} onChange={(e) => setName(e.target.value)} error={Boolean(errors.name)} helperText={errors.name} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('sales.products.sku')} value={sku} onChange={(e) => setSku(e.target.value)} />
        <TextField label={t('sales.products.category')} value={category} onChange={(e) => setCategory(e.target.value)} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField label={t('sales.price')} value={price} onChange={(e) => setPrice(e.target.value)} error={Boolean(errors.price)} helperText={errors.price} />
        <TextField label={t('sales.currency')} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase().slice(0, 3))} sx={{ width: 100 }} />
        <TextField label={t('sales.taxPercent')} value={tax} onChange={(e) => setTax(e.target.value)} error={Boolean(errors.tax)} helperText={errors.tax} sx={{ width: 110 }} />
      </Stack>
    </FormDialog>
  );
}
