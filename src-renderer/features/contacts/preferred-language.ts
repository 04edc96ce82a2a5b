/** Languages the form offers by name; any other BCP 47 tag is kept under "Other". */
export const OFFERED_LANGUAGES = ['en', 'hi', 'ta'] as const;

export interface LanguageChoice {
  choice: '' | (typeof OFFERED_LANGUAGES)[number] | 'other';
  /** The tag typed for "Other", e.g. 'mr' or 'te-IN'. */
  other: string;
}

export function toLanguageChoice(tag: string): LanguageChoice {
  const offered = OFFERED_LANGUAGES.find((language) => language === tag);
  if (!tag || offered) return { choice: offered ?? '', other: '' };
  return { choice: 'other', other: tag };
}

export function fromLanguageChoice({ choice, other }: LanguageChoice): string {
  return choice === 'other' ? other.trim() : choice;
}

/** The language's name in the UI language (Intl knows far more than the form offers), else the tag itself. */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
