import { minorText } from '../../../src-shared/sales/money';

const formats = new Map<string, Intl.NumberFormat>();

/** ₹1,23,45,678.50 in en-IN: the exact decimal text goes to Intl, never a float. */
export function formatMoney(locale: string, minor: number, currency: string): string {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  // Intl.NumberFormat formats a decimal string exactly (ES2023); the cast is for older lib typings.
  return format.format(minorText(minor, currency) as unknown as number);
}
