import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Label sheets the user measured and saved (presets live in code). Synced: every machine prints the same. */
export const labelSheets = sqliteTable('label_sheets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  pageWidthMm: real('page_width_mm').notNull(),
  pageHeightMm: real('page_height_mm').notNull(),
  labelWidthMm: real('label_width_mm').notNull(),
  labelHeightMm: real('label_height_mm').notNull(),
  leftMm: real('left_mm').notNull(),
  topMm: real('top_mm').notNull(),
  hPitchMm: real('h_pitch_mm').notNull(),
  vPitchMm: real('v_pitch_mm').notNull(),
  columns: integer('columns').notNull(),
  rows: integer('rows').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
});
