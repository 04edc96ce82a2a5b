import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS } from '../../../src-shared/contract/payments';
import type { PurchaseDetail } from '../../../src-shared/contract/purchases';
import { localDate } from '../../../src-shared/sales/dates';
import { minorText, parseMinor } from '../../../src-shared/sales/money';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormDialog } from '../../components/FormDialog';

/** Records money received against a purchase; part payments are fine. More than owed needs a choice. */
export function RecordPaymentDialog({ purchase, onClose }: { purchase: PurchaseDetail; onClose(): void }) {
  const { t } = useTranslation();
  const owed = Math.max(0, purchase.balanceMinor);
  const [amount, setAmount] = useState(owed > 0 ? minorText(owed, purchase.currency) : '');
  const [receivedOn, setReceivedOn] = useState(() => localDate(Date.now()));
  const [method, setMethod] = useState<(typeof PAYMENT_METHODS)[number]>('upi');
  const [note, setNote] = useState('');
  const [keepCredit, setKeepCredit] = useState(false);
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const amountMinor = parseMinor(amount, purchase.currency);
  const isOver = amountMinor !== null && amountMinor > owed;

  async function save() {
    if (amountMinor === null || amountMinor <= 0) return setError(t('sales.errors.amount'));
    setError(undefined);
    setIsSaving(true);
    try {
      await api.payments.record({ purchaseId: purchase.id, amountMinor, receivedOn, method, note, overpayment: keepCredit ? 'credit' : 'reject' });
      onClose();
    } catch (e) {
      setFailure(describeError(t, e));
      setIsSaving(false);
    }
  }

  return (
    <FormDialog title={t('sales.recordPayment')} isSaving={isSaving} failure={failure} onClose={onClose} onSubmit={() => void save()}>
      <Stack direction="row" spacing={2}>
        <TextField autoFocus label={t('sales.amount', { currency: purchase.currency })} value={amount} onChange={(e) => setAmount(e.target.value)} error={Boolean(error)} helperText={error} />
        <TextField label={t('sales.receivedOn')} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
      <TextField select label={t('sales.methodLabel')} value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
        {PAYMENT_METHODS.map((m) => (
          <MenuItem key={m} value={m}>
            {t(`sales.method.${m}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('sales.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      {isOver && (
        <FormControlLabel control={<Switch checked={keepCredit} onChange={(e) => setKeepCredit(e.target.checked)} />} label={t('sales.keepCredit')} />
      )}
    </FormDialog>
  );
}
