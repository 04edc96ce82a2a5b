import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Saved segments: a name and a filter, evaluated whenever the segment is used. Synced. */
export const segments = sqliteTable('segments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** JSON of the contract's Filter: `{ match, conditions: [{ field, op, value }] }`. */
  filter: text('filter').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
});

/**
 * Bulk actions done on this installation, for undo: the action and each changed contact's value
 * before it. Local; the changes themselves sync like any other edit.
 */
export const bulkOperations = sqliteTable('bulk_operations', {
  id: text('id').primaryKey(),
  /** JSON of the contract's BulkAction. */
  action: text('action').notNull(),
  /** JSON: contact id → what the action replaced (a value, or whether the tag was there / the contact active). */
  before: text('before').notNull(),
  /** Each changed contact's updated_at_ms as the action left it: undo puts the old one back only if still so. */
  touchedAtMs: integer('touched_at_ms').notNull(),
  total: integer('total').notNull(),
  changed: integer('changed').notNull(),
  atMs: integer('at_ms').notNull(),
  undoneAtMs: integer('undone_at_ms'),
});
