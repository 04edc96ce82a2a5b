// Every table whose rows sync between machines, with its columns. Tables added later join here,
// and their services write through the change writer (synced-writes.test.ts enforces it).
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { companies, contactAddresses, contactEmails, contactPhones, contacts, contactTags, contactWebsites, labelSheets, tags } from '../schema';
import { companyAddresses, companyEmails, companyPhones, companyTags, customFields, customFieldValues, relationships } from '../schema';
import { payments, products, purchaseLines, purchases } from '../schema';

/**
 * Columns derived from others on each machine (sort keys): written through the change writer with
 * their row but never sent; every machine recomputes them after a sync.
 */
const LOCAL_COLUMNS: Record<string, readonly string[]> = {
  companies: ['sort_key'],
  contacts: ['sort_key', 'family_key'],
  purchases: ['total_minor', 'paid_minor', 'paid_on'],
  purchase_lines: ['total_minor'],
};

function columnsOf(table: SQLiteTable): readonly string[] {
  const { name, columns } = getTableConfig(table);
  return columns.map((c) => c.name).filter((c) => c !== 'id' && !LOCAL_COLUMNS[name]?.includes(c));
}

/**
 * What a column holds when an insert leaves it out: its DEFAULT, or NULL for a nullable column.
 * A new row's cells that equal this need no stamp: "never set" merges the same way.
 */
function defaultsOf(table: SQLiteTable): ReadonlyMap<string, CellValue> {
  const defaults = new Map<string, CellValue>();
  for (const column of getTableConfig(table).columns) {
    const value = column.default;
    if (column.hasDefault && (typeof value === 'string' || typeof value === 'number')) defaults.set(column.name, value);
    else if (column.hasDefault && typeof value === 'boolean') defaults.set(column.name, value ? 1 : 0);
    else if (!column.notNull && !column.hasDefault) defaults.set(column.name, null);
  }
  return defaults;
}

const TABLES = { companies, contacts, contact_emails: contactEmails, contact_phones: contactPhones, contact_websites: contactWebsites, contact_addresses: contactAddresses, tags, contact_tags: contactTags,
  company_emails: companyEmails, company_phones: companyPhones, company_addresses: companyAddresses, company_tags: companyTags,
  relationships, custom_fields: customFields, custom_field_values: customFieldValues, label_sheets: labelSheets,
  products, purchases, purchase_lines: purchaseLines, payments };
const DEFAULTS = new Map(Object.entries(TABLES).map(([name, table]) => [name, defaultsOf(table)]));

/** True when an insert may leave this value out (the column's default gives the same). */
export function isDefaultValue(table: string, column: string, value: CellValue): boolean {
  const defaults = DEFAULTS.get(table);
  return defaults !== undefined && defaults.has(column) && defaults.get(column) === value;
}

export const SYNCED_TABLES = {
  companies: columnsOf(companies),
  contacts: columnsOf(contacts),
  contact_emails: columnsOf(contactEmails),
  contact_phones: columnsOf(contactPhones),
  contact_websites: columnsOf(contactWebsites),
  contact_addresses: columnsOf(contactAddresses),
  tags: columnsOf(tags),
  contact_tags: columnsOf(contactTags),
  label_sheets: columnsOf(labelSheets),
  company_emails: columnsOf(companyEmails),
  company_phones: columnsOf(companyPhones),
  company_addresses: columnsOf(companyAddresses),
  company_tags: columnsOf(companyTags),
  relationships: columnsOf(relationships),
  custom_fields: columnsOf(customFields),
  custom_field_values: columnsOf(customFieldValues),
  products: columnsOf(products),
  purchases: columnsOf(purchases),
  purchase_lines: columnsOf(purchaseLines),
  payments: columnsOf(payments),
} as const;

export type SyncedTable = keyof typeof SYNCED_TABLES;
/** A cell value as stored in SQLite. */
export type CellValue = string | number | null;

export function isSyncedColumn(table: string, column: string): table is SyncedTable {
  return Object.hasOwn(SYNCED_TABLES, table) && SYNCED_TABLES[table as SyncedTable].includes(column);
}

export function isLocalColumn(table: string, column: string): boolean {
  return LOCAL_COLUMNS[table]?.includes(column) ?? false;
}
