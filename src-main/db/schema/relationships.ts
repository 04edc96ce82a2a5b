import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A relationship between two contacts, stored once and read from both sides: `kind` is worded from
 * the first contact's side ("from is parent of to"); the other side reads the inverse ("child of").
 */
export const relationships = sqliteTable(
  'relationships',
  {
    id: text('id').primaryKey(),
    fromContactId: text('from_contact_id').notNull(),
    toContactId: text('to_contact_id').notNull(),
    /** spouse, parent, worksFor, referredBy, assistant, or custom (see customLabel). */
    kind: text('kind').notNull(),
    customLabel: text('custom_label').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('relationships_from').on(t.fromContactId).where(sql`deleted_at_ms IS NULL`),
    index('relationships_to').on(t.toContactId).where(sql`deleted_at_ms IS NULL`),
  ],
);
