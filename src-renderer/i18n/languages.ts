import { LANGUAGES, type Language, type Settings } from '../../src-shared/contract/system';
import { enIN, hi, ta, type Locale } from 'date-fns/locale';

/** Each language named in its own script, so a user can find theirs whatever the UI shows now. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी', ta: 'தமிழ்' };

/** BCP 47 tags for Intl: Indian conventions (lakh grouping, day-month order) in every language. */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN', ta: 'ta-IN' };

export const DATE_LOCALES: Record<Language, Locale> = { en: enIN, hi, ta };

/** 'auto' picks the system's language when Sampark speaks it, else English. */
export function resolveLanguage(setting: Settings['language'], systemLocale: string): Language {
  if (setting !== 'auto') return setting;
  const base = systemLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export function asLanguage(value: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}
