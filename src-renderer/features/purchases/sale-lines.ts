// The "record a sale" form's lines as typed, and what they mean in integers (money.ts).
import type { NewLineInput } from '../../../src-shared/contract/purchases';
import { lineAmounts, minorDigits, minorText, parseMinor, parseQtyMilli, parseScaled, scaledText } from '../../../src-shared/sales/money';

export interface LineDraft {
  productId: string | null;
  description: string;
  qty: string;
  price: string;
  discountPercent: string;
  taxPercent: string;
}

export const emptyLine = (): LineDraft => ({ productId: null, description: '', qty: '1', price: '', discountPercent: '', taxPercent: '' });

export function productLine(product: { id: string; name: string; unitPriceMinor: number; taxBp: number; currency: string }, qty: string): LineDraft {
  return { productId: product.id, description: product.name, qty, price: minorText(product.unitPriceMinor, product.currency), discountPercent: '', taxPercent: product.taxBp ? scaledText(product.taxBp, 2) : '' };
}

/** A line as the contract wants it, or which field is wrong. */
export function readLine(line: LineDraft, currency: string): { line: NewLineInput } | { error: 'qty' | 'price' | 'discount' | 'tax' } {
  const qtyMilli = parseQtyMilli(line.qty);
  if (qtyMilli === null || qtyMilli <= 0) return { error: 'qty' };
  const unitPriceMinor = parseMinor(line.price, currency);
  if (unitPriceMinor === null || unitPriceMinor < 0) return { error: 'price' };
  const percent = (text: string) => (text.trim() === '' ? 0 : parseScaled(text.replace(/%$/, ''), 2));
  const discountBp = percent(line.discountPercent);
  if (discountBp === null || discountBp < 0 || discountBp > 10_000) return { error: 'discount' };
  const taxBp = percent(line.taxPercent);
  if (taxBp === null || taxBp < 0 || taxBp > 10_000) return { error: 'tax' };
  return { line: { productId: line.productId, description: line.description.trim(), qtyMilli, unitPriceMinor, discountBp, taxBp } };
}

/** The live total of the lines that read cleanly. */
export function draftTotal(lines: readonly LineDraft[], currency: string): number {
  return lines.reduce((sum, draft) => {
    const read = readLine(draft, currency);
    return 'line' in read ? sum + lineAmounts({ discountBp: 0, taxBp: 0, ...read.line }).totalMinor : sum;
  }, 0);
}

export const currencyDigits = minorDigits;
