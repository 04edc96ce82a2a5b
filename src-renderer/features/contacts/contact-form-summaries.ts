import type { TFunction } from 'i18next';
import type { ContactFormValues } from './contact-form-values';
import { fromLanguageChoice, languageName } from './preferred-language';

/** The filled-in relationship fields, for the closed section's summary line. */
export function relationshipSummary(t: TFunction, values: ContactFormValues): string[] {
  return [values.lifecycleStage && t(`lifecycle.${values.lifecycleStage}`), values.source, values.owner];
}

/** The filled-in communication fields, for the closed section's summary line. */
export function communicationSummary(t: TFunction, values: ContactFormValues, locale: string): string[] {
  const language = fromLanguageChoice(values.preferredLanguage);
  return [
    language && languageName(language, locale),
    values.letterSalutation,
    values.isDoNotContact ? t('contacts.flags.doNotContact') : '',
    values.isDoNotMail ? t('contacts.flags.doNotMail') : '',
  ];
}
