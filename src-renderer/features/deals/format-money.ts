import { minorDigits } from '../../../src-shared/contract/deal-money';

// Intl formatters are costly to build and a board shows hundreds of amounts: one per locale and currency.
const formats = new Map<string, Intl.NumberFormat>();

function formatFor(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
    }
    formats.set(key, format);
  }
  return format;
}

/** Minor units as money in a locale: 1234567850 INR in en-IN is ₹1,23,45,678.50. */
export function formatMoney(locale: string, minor: number, currency: string): string {
  // Display only: the stored amount stays an integer.
  return formatFor(locale, currency).format(minor / 10 ** minorDigits(currency));
}
