import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    givenName: text('given_name').notNull().default(''),
    familyName: text('family_name').notNull().default(''),
    displayName: text('display_name').notNull(),
    /** True when the user typed the display name; otherwise it follows given + family names. */
    isDisplayNameSet: integer('is_display_name_set', { mode: 'boolean' }).notNull().default(false),
    /** Normalized display name: list order, keyset paging and short prefix search. */
    sortKey: text('sort_key').notNull().default(''),
    /** Normalized family name: short prefix search on the surname. */
    familyKey: text('family_key').notNull().default(''),
    companyId: text('company_id'),
    jobTitle: text('job_title').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    archivedAtMs: integer('archived_at_ms'),
  },
  (t) => [
    index('contacts_active_sort').on(t.sortKey, t.id).where(sql`archived_at_ms IS NULL`),
    index('contacts_active_family').on(t.familyKey, t.sortKey).where(sql`archived_at_ms IS NULL`),
    index('contacts_company').on(t.companyId),
  ],
);

const childColumns = {
  id: text('id').primaryKey(),
  contactId: text('contact_id').notNull(),
  label: text('label').notNull().default(''),
  value: text('value').notNull(),
  isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  /** Tombstone: child rows are never hard-deleted, so sync and undo can see the removal. */
  deletedAtMs: integer('deleted_at_ms'),
};

// Live children of a contact, primary first: serves the list's primary email/phone and the search index.
export const contactEmails = sqliteTable('contact_emails', childColumns, (t) => [
  index('contact_emails_contact').on(t.contactId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
  index('contact_emails_value').on(sql`lower(${t.value})`),
]);

export const contactPhones = sqliteTable('contact_phones', childColumns, (t) => [
  index('contact_phones_contact').on(t.contactId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
]);

/**
 * Local, rebuildable: maps a contact to the integer rowid of its row in the contacts_fts index
 * (a contentless FTS5 table created by a custom migration). Not synced.
 */
export const contactSearchRows = sqliteTable('contact_search_rows', {
  rowid: integer('rowid').primaryKey(),
  contactId: text('contact_id').notNull().unique(),
});
