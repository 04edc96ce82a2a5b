import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Fields a user defines in Settings for every contact (text, number, date, choices, checkbox, URL). */
export const customFields = sqliteTable('custom_fields', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** text, number, date, singleChoice, multiChoice, checkbox, url */
  type: text('type').notNull(),
  /** JSON array of the choices of a single- or multi-choice field; '[]' otherwise. */
  options: text('options').notNull().default('[]'),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
});

/**
 * One contact's value of one custom field. The id is derived from contact and field, so two machines
 * filling the same field converge on one row (last writer wins on the value).
 */
export const customFieldValues = sqliteTable(
  'custom_field_values',
  {
    id: text('id').primaryKey(),
    fieldId: text('field_id').notNull(),
    contactId: text('contact_id').notNull(),
    /** Text as typed; numbers as decimal text; dates YYYY-MM-DD; checkbox 'true'/'false'; multi choice a JSON array. */
    value: text('value').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('custom_field_values_contact').on(t.contactId).where(sql`deleted_at_ms IS NULL`),
    index('custom_field_values_field').on(t.fieldId, t.value).where(sql`deleted_at_ms IS NULL`),
  ],
);
