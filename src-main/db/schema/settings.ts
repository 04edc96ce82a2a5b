import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Preferences of this installation (language, …): local, never synced. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Settings that belong to the data set rather than to one installation (the country its phone
 * numbers are read in): synced like any record, one row per setting, the id being its name.
 */
export const dataSettings = sqliteTable('data_settings', {
  id: text('id').primaryKey(),
  /** JSON */
  value: text('value').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});
