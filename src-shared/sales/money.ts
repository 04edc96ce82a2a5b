// Money and quantity arithmetic for purchases, in integers only (no floating point anywhere).
// Amounts are minor units (paise, cents); quantities are thousandths (1.5 = 1500); rates are basis
// points (18 % = 1800). Products of these can pass 2^53, so they are computed in BigInt.
//
// Rounding rule: every rounded step rounds half away from zero to a whole minor unit, once per line:
//   amount   = qtyMilli × unitPrice / 1000          (rounded)
//   discount = amount × discountBp / 10000          (rounded)
//   tax      = (amount − discount) × taxBp / 10000  (rounded)
//   total    = amount − discount + tax
// A purchase's total is the sum of its line totals (tax per line, as most Indian GST invoices do).

export interface LineInput {
  qtyMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  taxBp: number;
}

export interface LineAmounts {
  amountMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** n / d rounded half away from zero (d > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice < d) return q;
  return n < 0n ? q - 1n : q + 1n;
}

export function lineAmounts(line: LineInput): LineAmounts {
  const amount = divRound(BigInt(line.qtyMilli) * BigInt(line.unitPriceMinor), 1000n);
  const discount = divRound(amount * BigInt(line.discountBp), 10_000n);
  const tax = divRound((amount - discount) * BigInt(line.taxBp), 10_000n);
  return {
    amountMinor: Number(amount),
    discountMinor: Number(discount),
    taxMinor: Number(tax),
    totalMinor: Number(amount - discount + tax),
  };
}

export const lineTotal = (line: LineInput): number => lineAmounts(line).totalMinor;

/** Digits after the decimal point of a currency's minor unit (INR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Reads a decimal written by a person ("1,234.5", "12") as an integer scaled by 10^digits, from the
 * text itself (never through a float). Returns null when it is not a number or has too many decimals.
 */
export function parseScaled(text: string, digits: number): number | null {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text.trim().replaceAll(',', '').replaceAll('_', ''));
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const value = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(sign === '-' ? -value : value);
}

export const parseQtyMilli = (text: string) => parseScaled(text, 3);
export const parseMinor = (text: string, currency: string) => parseScaled(text, minorDigits(currency));

/** An integer scaled by 10^digits as plain decimal text ("1.5", "12", "0.25"), for forms and CSV. */
export function scaledText(value: number, digits: number, keepZeros = false): string {
  const negative = value < 0;
  const abs = BigInt(Math.abs(value));
  const base = 10n ** BigInt(digits);
  let fraction = digits > 0 ? (abs % base).toString().padStart(digits, '0') : '';
  if (!keepZeros) fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / base}${fraction ? `.${fraction}` : ''}`;
}

export const qtyText = (qtyMilli: number) => scaledText(qtyMilli, 3);
export const minorText = (minor: number, currency: string) => scaledText(minor, minorDigits(currency), true);

/** Sums amounts per currency, keeping currencies as entered (never converted). */
export function totalsByCurrency(items: Iterable<{ currency: string; amountMinor: number }>): { currency: string; amountMinor: number }[] {
  const sums = new Map<string, number>();
  for (const { currency, amountMinor } of items) sums.set(currency, (sums.get(currency) ?? 0) + amountMinor);
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor })).sort((a, b) => a.currency.localeCompare(b.currency));
}
