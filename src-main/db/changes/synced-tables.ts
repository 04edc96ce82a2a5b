// Every table whose rows sync between machines, with its columns. Tables added later join here,
// and their services write through the change writer (synced-writes.test.ts enforces it).
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { companies, contactEmails, contactPhones, contacts } from '../schema';

function columnsOf(table: SQLiteTable): readonly string[] {
  return getTableConfig(table)
    .columns.map((c) => c.name)
    .filter((name) => name !== 'id');
}

export const SYNCED_TABLES = {
  companies: columnsOf(companies),
  contacts: columnsOf(contacts),
  contact_emails: columnsOf(contactEmails),
  contact_phones: columnsOf(contactPhones),
} as const;

export type SyncedTable = keyof typeof SYNCED_TABLES;
/** A cell value as stored in SQLite. */
export type CellValue = string | number | null;

export function isSyncedColumn(table: string, column: string): table is SyncedTable {
  return Object.hasOwn(SYNCED_TABLES, table) && SYNCED_TABLES[table as SyncedTable].includes(column);
}
