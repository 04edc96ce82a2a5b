// The deal form's text fields and their conversion to the contract's fields (amounts to minor units).
import type { DealDetail, DealFields } from '../../../src-shared/contract/deals';
import { minorToText, parseMinor } from '../../../src-shared/contract/deal-money';
import type { ContactChoice } from './DealContactsField';

export interface DealFormValues {
  title: string;
  value: string;
  currency: string;
  expectedCloseDate: string;
  probability: string;
  owner: string;
  source: string;
  notes: string;
  company: { id: string; name: string } | null;
  contacts: ContactChoice[];
}

export type DealFormErrors = Partial<Record<'title' | 'value' | 'currency' | 'probability', string>>;

export function formValuesOf(deal: DealDetail | undefined): DealFormValues {
  return {
    title: deal?.title ?? '',
    value: deal ? minorToText(deal.valueMinor, deal.currency) : '',
    currency: deal?.currency ?? 'INR',
    expectedCloseDate: deal?.expectedCloseDate ?? '',
    probability: deal?.probability == null ? '' : String(deal.probability),
    owner: deal?.owner ?? '',
    source: deal?.source ?? '',
    notes: deal?.notes ?? '',
    company: deal?.companyId ? { id: deal.companyId, name: deal.companyName ?? '' } : null,
    contacts: deal?.contacts ?? [],
  };
}

/** The fields to save, or which inputs are wrong (keys of the `deals.form` catalogue). */
export function toDealFields(v: DealFormValues): { fields: DealFields } | { errors: DealFormErrors } {
  const errors: DealFormErrors = {};
  const currency = v.currency.trim().toUpperCase();
  if (!v.title.trim()) errors.title = 'titleNeeded';
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'currencyInvalid';
  const valueMinor = v.value.trim() === '' ? 0 : parseMinor(v.value, currency);
  if (valueMinor === null) errors.value = 'valueInvalid';
  const probability = v.probability.trim() === '' ? null : Number(v.probability);
  if (probability !== null && !(Number.isInteger(probability) && probability >= 0 && probability <= 100)) errors.probability = 'probabilityInvalid';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      title: v.title.trim(),
      valueMinor: valueMinor ?? 0,
      currency,
      expectedCloseDate: v.expectedCloseDate || null,
      probability,
      owner: v.owner.trim(),
      source: v.source.trim(),
      notes: v.notes.trim(),
      companyId: v.company?.id ?? null,
      contactIds: v.contacts.map((c) => c.id),
    },
  };
}
