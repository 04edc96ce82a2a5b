import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Merges done on this installation, for undo. The merge itself syncs as ordinary edits. */
export const mergeLog = sqliteTable('merge_log', {
  id: text('id').primaryKey(),
  survivorId: text('survivor_id').notNull(),
  /** JSON: ids of the contacts merged into the survivor. */
  mergedIds: text('merged_ids').notNull(),
  /** JSON: the survivor's fields before the merge. */
  survivorBefore: text('survivor_before').notNull(),
  atMs: integer('at_ms').notNull(),
  undoneAtMs: integer('undone_at_ms'),
});

/** Pairs a person said are not duplicates, so the review queue stops suggesting them. Local. */
export const duplicateDismissals = sqliteTable('duplicate_dismissals', {
  /** The two contact ids, sorted, joined by '|'. */
  pair: text('pair').primaryKey(),
  atMs: integer('at_ms').notNull(),
});
