// Every table whose rows sync between machines, with its columns. Tables added later join here,
// and their services write through the change writer (synced-writes.test.ts enforces it).
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { companies, contactAddresses, contactEmails, contactPhones, contacts, contactTags, contactWebsites, tags } from '../schema';

/**
 * Columns derived from others on each machine (sort keys): written through the change writer with
 * their row but never sent; every machine recomputes them after a sync.
 */
const LOCAL_COLUMNS: Record<string, readonly string[]> = {
  companies: ['sort_key'],
  contacts: ['sort_key', 'family_key'],
};

function columnsOf(table: SQLiteTable): readonly string[] {
  const { name, columns } = getTableConfig(table);
  return columns.map((c) => c.name).filter((c) => c !== 'id' && !LOCAL_COLUMNS[name]?.includes(c));
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
