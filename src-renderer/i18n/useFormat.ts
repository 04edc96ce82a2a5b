import { format } from 'date-fns';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, DATE_LOCALES, INTL_LOCALES } from './languages';

export interface Formatters {
  number(value: number): string;
  /** Date and time, e.g. "23 Nov 2025, 14:05" in the UI language. */
  dateTime(epochMs: number): string;
  bytes(value: number): string;
  collator: Intl.Collator;
}

/** Number, date and size formatting and sorting that follow the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  return useMemo(() => {
    const locale = INTL_LOCALES[language];
    const numbers = new Intl.NumberFormat(locale);
    const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    return {
      number: (value) => numbers.format(value),
      dateTime: (epochMs) => format(epochMs, 'PPp', { locale: DATE_LOCALES[language] }),
      bytes: (value) => (value >= 1_000_000 ? megabytes.format(value / 1_000_000) : kilobytes.format(Math.max(1, Math.round(value / 1000)))),
      collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
    };
  }, [language]);
}
