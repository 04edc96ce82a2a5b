import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { addressColumns } from './contacts';

export const companies = sqliteTable(
  'companies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Normalized name for ordering and prefix lookups (see sort-key.ts). */
    sortKey: text('sort_key').notNull().default(''),
    website: text('website').notNull().default(''),
    /** The company's internet domain (example.com), for matching people's email addresses. */
    domain: text('domain').notNull().default(''),
    industry: text('industry').notNull().default(''),
    /** The primary phone's text, kept with its child rows for the list. */
    phone: text('phone').notNull().default(''),
    /** The primary address's city, kept with its child rows for the list. */
    city: text('city').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    archivedAtMs: integer('archived_at_ms'),
  },
  (t) => [index('companies_active_sort').on(t.sortKey, t.id).where(sql`archived_at_ms IS NULL`)],
);

const childColumns = {
  id: text('id').primaryKey(),
  companyId: text('company_id').notNull(),
  label: text('label').notNull().default(''),
  value: text('value').notNull(),
  isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  /** Tombstone: child rows are never hard-deleted, so sync and undo can see the removal. */
  deletedAtMs: integer('deleted_at_ms'),
};

export const companyEmails = sqliteTable('company_emails', childColumns, (t) => [
  index('company_emails_company').on(t.companyId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
]);

export const companyPhones = sqliteTable('company_phones', { ...childColumns, e164: text('e164') }, (t) => [
  index('company_phones_company').on(t.companyId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
]);

export const companyAddresses = sqliteTable(
  'company_addresses',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    ...addressColumns,
  },
  (t) => [index('company_addresses_company').on(t.companyId, sql`is_primary DESC`, t.sortOrder).where(sql`deleted_at_ms IS NULL`)],
);

/** Tags on companies share the tags table with contacts; link ids are deterministic like contact_tags'. */
export const companyTags = sqliteTable(
  'company_tags',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    tagId: text('tag_id').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('company_tags_company').on(t.companyId).where(sql`deleted_at_ms IS NULL`),
    index('company_tags_tag').on(t.tagId).where(sql`deleted_at_ms IS NULL`),
  ],
);
