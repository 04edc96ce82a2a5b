import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const companies = sqliteTable(
  'companies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Normalized name for ordering and prefix lookups (see sort-key.ts). */
    sortKey: text('sort_key').notNull().default(''),
    website: text('website').notNull().default(''),
    industry: text('industry').notNull().default(''),
    phone: text('phone').notNull().default(''),
    city: text('city').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    archivedAtMs: integer('archived_at_ms'),
  },
  (t) => [index('companies_active_sort').on(t.sortKey, t.id).where(sql`archived_at_ms IS NULL`)],
);
