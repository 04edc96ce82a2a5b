import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const tags = sqliteTable(
  'tags',
  {
    /** Deterministic from the folded name, so two machines adding the same tag converge on one row. */
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
);

export const contactTags = sqliteTable(
  'contact_tags',
  {
    /** Deterministic from contact and tag ids: adding the same tag twice, anywhere, is one row. */
    id: text('id').primaryKey(),
    contactId: text('contact_id').notNull(),
    tagId: text('tag_id').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('contact_tags_contact').on(t.contactId).where(sql`deleted_at_ms IS NULL`),
    index('contact_tags_tag').on(t.tagId).where(sql`deleted_at_ms IS NULL`),
  ],
);
