import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../src-shared/contract/contacts';
import type { Product } from '../../../src-shared/contract/products';
import type { NewLineInput, PurchaseDetail } from '../../../src-shared/contract/purchases';
import { localDate } from '../../../src-shared/sales/dates';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';
import { ContactPicker } from '../relationships/ContactPicker';
import { draftTotal, emptyLine, productLine, readLine, type LineDraft } from './sale-lines';
import { useMoney } from './useMoney';

interface Props {
  /** Preselects the customer (from a contact's page). */
  customer?: ContactSummary;
  onClose(): void;
  onSaved(purchase: PurchaseDetail): void;
}

/** Record a sale: a customer, the date, and product lines with their total as you type. */
export function RecordSaleDialog({ customer: initialCustomer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const [customer, setCustomer] = useState<ContactSummary | null>(initialCustomer ?? null);
  const [date, setDate] = useState(() => localDate(Date.now()));
  const [reference, setReference] = useState('');
  const [terms, setTerms] = useState('0');
  const [currency, setCurrency] = useState('INR');
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const catalogue = useApiQuery('products:active', () => api.products.list({ limit: 1000 }), ['products']);
  const products = catalogue.data?.items ?? [];

  const setLine = (index: number, next: LineDraft) => setLines((all) => all.map((line, i) => (i === index ? next : line)));

  async function save() {
    const problems: Record<string, string> = {};
    if (!customer) problems.customer = t('sales.errors.customer');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t('sales.errors.date');
    const termsDays = Number(terms);
    if (!Number.isInteger(termsDays) || termsDays < 0) problems.terms = t('sales.errors.terms');
    const read: NewLineInput[] = [];
    lines.forEach((line, i) => {
      const result = readLine(line, currency);
      if ('error' in result) problems[`line${i}.${result.error}`] = t(`sales.errors.${result.error}`);
      else read.push(result.line);
    });
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !customer) return;
    setIsSaving(true);
    setFailure(null);
    try {
      const purchase = await api.purchases.create({ contactId: customer.id, companyId: customer.companyId, date, reference, currency, paymentTermsDays: termsDays, lines: read });
      onSaved(purchase);
    } catch (error) {
      setFailure(describeError(t, error));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('sales.recordSale')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <ContactPicker value={customer} onChange={setCustomer} excludeId="" label={t('sales.customer')} error={errors.customer} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('sales.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} error={Boolean(errors.date)} helperText={errors.date} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField label={t('sales.reference')} value={reference} onChange={(e) => setReference(e.target.value)} />
        <TextField label={t('sales.termsDays')} value={terms} onChange={(e) => setTerms(e.target.value)} error={Boolean(errors.terms)} helperText={errors.terms} sx={{ width: 140 }} />
        <TextField label={t('sales.currency')} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase().slice(0, 3))} sx={{ width: 100 }} />
      </Stack>
      {lines.map((line, i) => (
        <Stack key={i} spacing={1} role="group" aria-label={t('sales.lineLabel', { n: i + 1 })} sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
          <Autocomplete<Product, false, false, true>
            freeSolo
            options={products}
            getOptionLabel={(p) => (typeof p === 'string' ? p : p.sku ? `${p.name} (${p.sku})` : p.name)}
            inputValue={line.description}
            onInputChange={(_, text, reason) => reason !== 'reset' && setLine(i, { ...line, description: text, productId: null })}
            onChange={(_, picked) => picked && typeof picked !== 'string' && setLine(i, productLine(picked, line.qty))}
            renderInput={(params) => <TextField {...params} label={t('sales.product')} />}
          />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'start' }}>
          <TextField label={t('sales.qty')} value={line.qty} onChange={(e) => setLine(i, { ...line, qty: e.target.value })} error={Boolean(errors[`line${i}.qty`])} helperText={errors[`line${i}.qty`]} sx={{ flex: 1 }} />
          <TextField label={t('sales.price')} value={line.price} onChange={(e) => setLine(i, { ...line, price: e.target.value })} error={Boolean(errors[`line${i}.price`])} helperText={errors[`line${i}.price`]} sx={{ flex: 1.5 }} />
          <TextField label={t('sales.discountPercent')} value={line.discountPercent} onChange={(e) => setLine(i, { ...line, discountPercent: e.target.value })} error={Boolean(errors[`line${i}.discount`])} helperText={errors[`line${i}.discount`]} sx={{ flex: 1 }} />
          <TextField label={t('sales.taxPercent')} value={line.taxPercent} onChange={(e) => setLine(i, { ...line, taxPercent: e.target.value })} error={Boolean(errors[`line${i}.tax`])} helperText={errors[`line${i}.tax`]} sx={{ flex: 1 }} />
          <IconButton aria-label={t('sales.removeLine', { n: i + 1 })} disabled={lines.length === 1} onClick={() => setLines((all) => all.filter((_, j) => j !== i))}>
            <DeleteIcon />
          </IconButton>
          </Stack>
        </Stack>
      ))}
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Button startIcon={<AddIcon />} onClick={() => setLines((all) => [...all, emptyLine()])}>
          {t('sales.addLine')}
        </Button>
        <Typography variant="h6" component="p" role="status" aria-label={t('sales.total')}>
          {t('sales.total')}: {money(draftTotal(lines, currency), /^[A-Z]{3}$/.test(currency) ? currency : 'INR')}
        </Typography>
      </Stack>
    </FormDialog>
  );
}
