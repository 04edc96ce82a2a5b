import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The import log of this installation, for undo: what each import created and what the contacts it
 * updated looked like before. Local; the changes themselves sync like any other edit.
 */
export const importLog = sqliteTable('import_log', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  atMs: integer('at_ms').notNull(),
  /** JSON: ids of the contacts this import created. */
  createdIds: text('created_ids').notNull(),
  /** JSON: contact id → its fields before this import updated it. */
  updatedBefore: text('updated_before').notNull(),
  created: integer('created').notNull(),
  updated: integer('updated').notNull(),
  skipped: integer('skipped').notNull(),
  undoneAtMs: integer('undone_at_ms'),
});
