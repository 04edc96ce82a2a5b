// Combining two sets of contact fields, for imports that update a contact and for merges.
// Lists (emails, phones, addresses, websites, tags) gain what is new and keep what was there;
// single fields either take the other's value where it has one ('replace', an import updating a
// contact) or only where the base is empty ('fill', a merge keeping the survivor's choices).
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

export function combineFields(base: Fields, other: Fields, scalars: 'replace' | 'fill'): Fields {
  const combined: Fields = { ...base };
  for (const name of SCALARS) {
    const value = other[name];
    if (value && (scalars === 'replace' || !base[name])) (combined as Record<string, unknown>)[name] = value;
  }
  if (other.notes && !fold(base.notes ?? '').includes(fold(other.notes))) {
    combined.notes = [base.notes, other.notes].filter(Boolean).join('\n\n');
  }
  if (other.companyId && (scalars === 'replace' || !base.companyId)) combined.companyId = other.companyId;
  // Ids of the other's child rows stay behind: the rows move to the base contact as new rows.
  const withoutId = <T extends { id?: string | undefined }>(items: T[] = []) => items.map(({ id: _id, ...item }) => item as T);
  combined.emails = union(base.emails, withoutId(other.emails), (e) => fold(e.value));
  combined.phones = union(base.phones, withoutId(other.phones), (p) => p.value.replace(/\D/g, '').replace(/^0+/, ''));
  combined.addresses = union(base.addresses, withoutId(other.addresses), (a) => fold(`${a.street ?? ''}|${a.postalCode ?? ''}`));
  combined.websites = union(base.websites, withoutId(other.websites), (w) => fold(w.value));
  combined.tags = union(base.tags, other.tags, fold);
  return combined;
}
