// "Create and update": a record that matches a contact already here updates it. Values in the file
// replace single fields only where the file has one; lists (emails, phones, addresses, websites,
// tags) gain what is new and keep what was there.
import type { ContactFieldsInput } from '../../../src-shared/contract/contacts';

type Fields = ContactFieldsInput;
const SCALARS = [
  'prefix', 'givenName', 'additionalNames', 'familyName', 'suffix', 'nickname', 'phoneticName', 'department',
  'jobTitle', 'birthday', 'source', 'owner', 'preferredLanguage', 'letterSalutation', 'labelSalutation',
] as const;

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

function union<T>(current: T[] = [], incoming: T[] = [], key: (item: T) => string): T[] {
  const seen = new Set(current.map(key));
  return [...current, ...incoming.filter((item) => !seen.has(key(item)))];
}

export function mergeFields(current: Fields, incoming: Fields, companyId: string | null): Fields {
  const merged: Fields = { ...current };
  for (const name of SCALARS) {
    const value = incoming[name];
    if (value) (merged as Record<string, unknown>)[name] = value;
  }
  if (incoming.notes && !fold(current.notes ?? '').includes(fold(incoming.notes))) {
    merged.notes = [current.notes, incoming.notes].filter(Boolean).join('\n\n');
  }
  if (companyId) merged.companyId = companyId;
  merged.emails = union(current.emails, incoming.emails, (e) => fold(e.value));
  merged.phones = union(current.phones, incoming.phones, (p) => p.value.replace(/\D/g, '').replace(/^0+/, ''));
  merged.addresses = union(current.addresses, incoming.addresses, (a) => fold(`${a.street ?? ''}|${a.postalCode ?? ''}`));
  merged.websites = union(current.websites, incoming.websites, (w) => fold(w.value));
  merged.tags = union(current.tags, incoming.tags, fold);
  return merged;
}
