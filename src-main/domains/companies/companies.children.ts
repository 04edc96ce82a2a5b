// A company's emails, phones and addresses: child rows with their own ids, kept, tombstoned or added
// on each edit exactly like a contact's (contacts.children.ts), so concurrent edits merge per row.
import type { CompanyFields } from '../../../src-shared/contract/companies';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { syncChildRows, toCountryCode, toE164 } from '../contacts';

export const COMPANY_CHILD_TABLES = ['company_emails', 'company_phones', 'company_addresses'] as const;
export type CompanyChildTable = (typeof COMPANY_CHILD_TABLES)[number];

type Wanted = { id?: string | undefined; cells: Cells }[];

/** Each child table's wanted rows; the older single phone and city count when no list is given. */
export function companyChildRows(fields: CompanyFields, defaultCountry: string): Record<CompanyChildTable, Wanted> {
  const country = toCountryCode(defaultCountry);
  const phones: CompanyFields['phones'] = fields.phones.length > 0 || !fields.phone ? fields.phones : [{ label: 'work', value: fields.phone }];
  const addresses: CompanyFields['addresses'] =
    fields.addresses.length > 0 || !fields.city
      ? fields.addresses
      : [{ label: 'work', street: '', locality: fields.city, region: '', postalCode: '', country: '' }];
  return {
    company_emails: fields.emails.map(({ id, label, value }) => ({ id, cells: { label, value } })),
    company_phones: phones.map(({ id, label, value }) => ({
      id,
      cells: { label, value, e164: toE164(value, country) },
    })),
    company_addresses: addresses.map(({ id, label, street, locality, region, postalCode, country: c }) => ({
      id,
      cells: { label, street, locality, region, postal_code: postalCode, country: c },
    })),
  };
}

export function createCompanyChildren(sqlite: Sqlite, writer: ChangeWriter) {
  const liveIds = Object.fromEntries(
    COMPANY_CHILD_TABLES.map((table) => [table, sqlite.prepare(`SELECT id FROM ${table} WHERE company_id = ? AND deleted_at_ms IS NULL`).pluck()]),
  ) as Record<CompanyChildTable, ReturnType<Sqlite['prepare']>>;

  /** Makes the live rows of `table` equal `wanted` (in order, the first primary). Returns whether anything changed. */
  function sync(table: CompanyChildTable, companyId: string, wanted: Wanted, nowMs: number, isNew: boolean): boolean {
    const existingIds = isNew ? [] : (liveIds[table].all(companyId) as string[]);
    return syncChildRows(writer, table, { column: 'company_id', id: companyId }, existingIds, wanted, nowMs);
  }

  return { sync };
}
