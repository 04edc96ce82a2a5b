import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, INTL_LOCALES } from '../../i18n/languages';
import { formatMoney } from './format-money';

/** Formats minor units as money in the UI language's locale (₹1,23,45,678.50 in en-IN). */
export function useMoney(): (minor: number, currency: string) => string {
  const { i18n } = useTranslation();
  const locale = INTL_LOCALES[asLanguage(i18n.resolvedLanguage)];
  return useCallback((minor, currency) => formatMoney(locale, minor, currency), [locale]);
}
