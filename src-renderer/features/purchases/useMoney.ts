import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { formatMoney } from './format-money';

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
    const format = (minor: number, currency: string) => formatMoney(locale, minor, currency);
    return Object.assign(format, {
      totals: (amounts: readonly { currency: string; amountMinor: number }[]) =>
        amounts.length === 0 ? '—' : amounts.map((a) => format(a.amountMinor, a.currency)).join(' + '),
    });
  }, [locale]);
}
