// How contact fields are stored: the contact's own columns (with the derived display name and
// sort keys) and its child rows, table by table.
import type { ContactFields } from '../../../src-shared/contract/contacts';
import type { Cells } from '../../db/changes/change-writer';
import type { ChildTable } from './contacts.children';
import { toE164, type CountryCode } from './phone-number';
import { sortKey } from './search-text';

export const CHILD_TABLES = ['contact_emails', 'contact_phones', 'contact_websites', 'contact_addresses'] as const satisfies readonly ChildTable[];

export function deriveDisplayName(fields: Pick<ContactFields, 'givenName' | 'familyName' | 'displayName'>): string {
  return fields.displayName || [fields.givenName, fields.familyName].filter(Boolean).join(' ');
}

/** The contact's own columns for these fields (derived names and keys included). */
export function contactColumns(fields: ContactFields) {
    const displayName = deriveDisplayName(fields);
    return {
      given_name: fields.givenName,
      family_name: fields.familyName,
      display_name: displayName,
      is_display_name_set: fields.displayName !== '',
      sort_key: sortKey(displayName),
      family_key: sortKey(fields.familyName || displayName),
      company_id: fields.companyId,
      job_title: fields.jobTitle,
      notes: fields.notes,
      kind: fields.kind,
      prefix: fields.prefix,
      additional_names: fields.additionalNames,
      suffix: fields.suffix,
      nickname: fields.nickname,
      phonetic_name: fields.phoneticName,
      department: fields.department,
      birthday: fields.birthday,
      lifecycle_stage: fields.lifecycleStage,
      source: fields.source,
      owner: fields.owner,
      preferred_language: fields.preferredLanguage,
      letter_salutation: fields.letterSalutation,
      label_salutation: fields.labelSalutation,
      is_do_not_contact: fields.isDoNotContact,
      is_do_not_mail: fields.isDoNotMail,
    };
}

/** Each child table's wanted rows (ids kept where the fields carry them). */
export function childRowsOf(fields: ContactFields, country: CountryCode | undefined): Record<ChildTable, { id?: string | undefined; cells: Cells }[]> {
  const labelled = (items: { id?: string | undefined; label: string; value: string }[]) =>
    items.map(({ id, label, value }) => ({ id, cells: { label, value } }));
  return {
    contact_emails: labelled(fields.emails),
    contact_phones: fields.phones.map(({ id, label, value }) => ({ id, cells: { label, value, e164: toE164(value, country) } })),
    contact_websites: labelled(fields.websites),
    contact_addresses: fields.addresses.map(({ id, label, street, locality, region, postalCode, country: addressCountry }) => ({
      id,
      cells: { label, street, locality, region, postal_code: postalCode, country: addressCountry },
    })),
  };
}
