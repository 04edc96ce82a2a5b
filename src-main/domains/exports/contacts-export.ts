// Contacts out: vCard 3.0 (what Google and Apple import best) or 4.0, Google-compatible CSV, and the
// stable JSON form `{ "contacts": [...], "companies": [...] }` for scripts.
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import { writeCsv, writeVCard, type ContactRecord } from '../interop';

export type ExportFormat = 'vcard3' | 'vcard4' | 'csv' | 'json';

function toRecord(c: ContactDetail, customFields: Record<string, string> = {}): ContactRecord {
  return {
    kind: c.kind,
    displayName: c.displayName,
    prefix: c.prefix,
    givenName: c.givenName,
    additionalNames: c.additionalNames,
    familyName: c.familyName,
    suffix: c.suffix,
    nickname: c.nickname,
    organization: c.companyName ?? '',
    department: c.department,
    title: c.jobTitle,
    emails: c.emails.map(({ value, label }) => ({ value, label })),
    phones: c.phones.map(({ value, e164, label }) => ({ value, e164, label })),
    addresses: c.addresses.map(({ id: _id, ...address }) => address),
    birthday: c.birthday,
    websites: c.websites.map((w) => w.value),
    tags: c.tags,
    notes: c.notes,
    photo: null,
    customFields,
    sourceLine: 0,
  };
}

function toJson(records: ContactRecord[], details: ContactDetail[], companies: CompaniesService, contacts: ContactsService): string {
  const companyIds = [...new Set(details.map((c) => c.companyId).filter((id): id is string => id !== null))];
  return JSON.stringify(
    {
      contacts: details.map((c, i) => {
        const { sourceLine: _line, photo: _photo, title, ...record } = records[i]!;
        return { id: c.id, ...record, title, createdAt: new Date(c.createdAtMs).toISOString(), updatedAt: new Date(c.updatedAtMs).toISOString() };
      }),
      companies: companyIds.map((id) => {
        const company = companies.get(id, contacts);
        return {
          id,
          name: company.name,
          domain: company.domain,
          emails: company.emails.map(({ value, label }) => ({ value, label })),
          phones: company.phones.map(({ value, e164, label }) => ({ value, e164, label })),
          addresses: company.addresses.map(({ id: _id, ...address }) => address),
          tags: company.tags,
          notes: company.notes,
        };
      }),
    },
    null,
    2,
  );
}

export function exportContacts(
  contacts: ContactsService,
  companies: CompaniesService,
  format: ExportFormat,
  ids?: string[],
  /** A contact's custom field values as text by field name. */
  customFieldsOf: (contactId: string) => Record<string, string> = () => ({}),
): { fileName: string; mediaType: string; content: string; count: number } {
  const details = (ids ?? contacts.activeIds()).map((id) => contacts.get(id));
  const records = details.map((c) => toRecord(c, customFieldsOf(c.id)));
  const stamp = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'vcard3':
    case 'vcard4':
      return {
        fileName: `sampark-contacts-${stamp}.vcf`,
        mediaType: 'text/vcard',
        content: writeVCard(records, format === 'vcard3' ? '3.0' : '4.0'),
        count: details.length,
      };
    case 'csv':
      return { fileName: `sampark-contacts-${stamp}.csv`, mediaType: 'text/csv', content: writeCsv(records), count: details.length };
    case 'json':
      return { fileName: `sampark-contacts-${stamp}.json`, mediaType: 'application/json', content: toJson(records, details, companies, contacts), count: details.length };
  }
}
