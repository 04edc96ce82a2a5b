// Contacts out: vCard 3.0 (what Google and Apple import best) or 4.0, Google-compatible CSV, and the
// stable JSON form `{ "contacts": [...], "companies": [...] }` for scripts. Contacts come in id order.
import type { Sqlite } from '../../db/open-database';
import type { CompanyDetail } from '../../../src-shared/contract/companies';
import { writeCsv, writeVCard } from '../interop';
import { exportedContacts, type ExportedContact } from './export-rows';

export type ExportFormat = 'vcard3' | 'vcard4' | 'csv' | 'json';

function toJson(companyOf: (id: string) => CompanyDetail, contacts: ExportedContact[]): string {
  const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => id !== null))];
  return JSON.stringify(
    {
      contacts: contacts.map((c) => {
        const { sourceLine: _line, photo: _photo, title, ...record } = c.record;
        return { id: c.id, ...record, title, createdAt: new Date(c.createdAtMs).toISOString(), updatedAt: new Date(c.updatedAtMs).toISOString() };
      }),
      companies: companyIds.map((id) => {
        const company = companyOf(id);
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
  sqlite: Sqlite,
  /** A company with its phones, emails, addresses and tags, for the JSON export. */
  companyOf: (id: string) => CompanyDetail,
  format: ExportFormat,
  ids?: string[],
): { fileName: string; mediaType: string; content: string; count: number } {
  const contacts = [...exportedContacts(sqlite, ids)];
  const records = () => contacts.map((c) => c.record);
  const stamp = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'vcard3':
    case 'vcard4':
      return {
        fileName: `sampark-contacts-${stamp}.vcf`,
        mediaType: 'text/vcard',
        content: writeVCard(records(), format === 'vcard3' ? '3.0' : '4.0'),
        count: contacts.length,
      };
    case 'csv':
      return { fileName: `sampark-contacts-${stamp}.csv`, mediaType: 'text/csv', content: writeCsv(records()), count: contacts.length };
    case 'json':
      return { fileName: `sampark-contacts-${stamp}.json`, mediaType: 'application/json', content: toJson(companyOf, contacts), count: contacts.length };
  }
}
