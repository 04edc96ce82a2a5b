import type { ContactDetail } from '../../../src-shared/contract/contacts';

/** The full name with its parts, when the contact has parts the display name may not show. */
export function fullName(contact: ContactDetail): string {
  if (!contact.prefix && !contact.additionalNames && !contact.suffix) return '';
  return [contact.prefix, contact.givenName, contact.additionalNames, contact.familyName, contact.suffix]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** True when the profile part of the detail (names, birthday, tags, relationship, communication) has anything. */
export function hasProfileFacts(contact: ContactDetail): boolean {
  return Boolean(
    fullName(contact) ||
      contact.nickname ||
      contact.phoneticName ||
      contact.birthday ||
      contact.tags.length ||
      contact.lifecycleStage ||
      contact.source ||
      contact.owner ||
      contact.preferredLanguage ||
      contact.letterSalutation ||
      contact.labelSalutation,
  );
}
