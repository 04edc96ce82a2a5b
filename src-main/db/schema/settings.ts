import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Preferences of this installation (language, …): local, never synced. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
