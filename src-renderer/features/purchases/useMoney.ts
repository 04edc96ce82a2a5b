import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { minorText } from '../../../src-shared/sales/money';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';

export interface MoneyFormat {
  /** ₹1,23,45,678.50 in en-IN: the exact decimal text goes to Intl, never a float. */
  (minor: number, currency: string): string;
  /** Several currencies side by side ("₹1,200.00 + $40.00"); a dash for none. */
  totals(amounts: readonly { currency: string; amountMinor: number }[]): string;
}

export function useMoney(): MoneyFormat {
  const { i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    const format = (minor: number, currency: string) => {
      let f = formats.get(currency);
      if (!f) formats.set(currency, (f = new Intl.NumberFormat(locale, { style: 'currency', currency })));
      // Intl formats a decimal string exactly (no rounding through a double).
      return f.format(minorText(minor, currency) as unknown as number);
    };
    return Object.assign(format, {
      totals: (amounts: readonly { currency: string; amountMinor: number }[]) =>
        amounts.length === 0 ? '—' : amounts.map((a) => format(a.amountMinor, a.currency)).join(' + '),
    });
  }, [locale]);
}
