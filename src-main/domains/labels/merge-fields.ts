// Merge fields of form letters: {{salutation}}, {{name}}, {{address}}, {{date}}, any text field of
// the contact ({{givenName}}, {{companyName}}, {{jobTitle}}, {{email}}, {{phone}} …) and custom fields
// as {{custom.Name}}. Unknown fields are reported before anything is printed.
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import { letterLocale, salutation } from './salutation';

const FIELD = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Text fields of the contact usable by name. */
const CONTACT_FIELDS = [
  'displayName', 'givenName', 'familyName', 'additionalNames', 'prefix', 'suffix', 'nickname', 'companyName', 'jobTitle',
  'department', 'birthday', 'source', 'owner', 'preferredLanguage', 'letterSalutation', 'labelSalutation', 'notes',
] as const;
const BUILT_IN = new Set<string>(['salutation', 'name', 'address', 'date', 'email', 'phone', ...CONTACT_FIELDS]);

export function fieldsIn(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((m) => m[1]!))];
}

/** Fields the template names that no contact could fill. */
export function unknownFields(template: string): string[] {
  return fieldsIn(template).filter((f) => !BUILT_IN.has(f) && !f.startsWith('custom.'));
}

export interface MergeValues {
  contact: ContactDetail;
  /** The name as on the envelope (a household's name when grouped). */
  name: string;
  addressLines: readonly string[];
  /** Custom fields by name; wired once custom fields exist. */
  customFields: Readonly<Record<string, string>>;
  nowMs: number;
}

function value(field: string, v: MergeValues): string {
  const c = v.contact;
  switch (field) {
    case 'salutation':
      return salutation(c);
    case 'name':
      return v.name;
    case 'address':
      return [v.name, ...v.addressLines].join('\n');
    case 'date':
      return new Intl.DateTimeFormat(letterLocale(c.preferredLanguage), { dateStyle: 'long' }).format(v.nowMs);
    case 'email':
      return c.primaryEmail ?? '';
    case 'phone':
      return c.primaryPhone ?? '';
  }
  if (field.startsWith('custom.')) return v.customFields[field.slice('custom.'.length)] ?? '';
  const own = c[field as (typeof CONTACT_FIELDS)[number]];
  return typeof own === 'string' ? own : '';
}

/** The template with every field filled in, as plain text (escaped later, when it becomes HTML). */
export function mergeTemplate(template: string, values: MergeValues): string {
  return template.replace(FIELD, (_match, field: string) => value(field, values));
}
