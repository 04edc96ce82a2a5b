// The greeting of a form letter, in the contact's preferred language unless the contact has their
// own letter salutation ("Respected Sharma ji").
import type { ContactDetail } from '../../../src-shared/contract/contacts';

type Greeted = Pick<ContactDetail, 'letterSalutation' | 'preferredLanguage' | 'givenName' | 'familyName' | 'displayName' | 'prefix' | 'kind'>;

export function salutation(contact: Greeted): string {
  if (contact.letterSalutation.trim()) return contact.letterSalutation.trim();
  const language = contact.preferredLanguage.trim().toLowerCase().split(/[-_]/)[0];
  const name = contact.kind === 'organization' ? contact.displayName : contact.givenName || contact.displayName;
  if (language === 'hi') return `प्रिय ${name} जी`;
  if (language === 'ta') return `அன்புள்ள ${name}`;
  if (contact.kind === 'organization') return 'Dear Sir or Madam';
  const formal = contact.prefix && contact.familyName ? `${contact.prefix} ${contact.familyName}` : name;
  return `Dear ${formal}`;
}

/** The locale for dates in a letter to this contact. */
export function letterLocale(preferredLanguage: string): string {
  const language = preferredLanguage.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'hi' ? 'hi-IN' : language === 'ta' ? 'ta-IN' : 'en-IN';
}
