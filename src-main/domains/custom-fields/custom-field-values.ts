// One contact's value of one custom field: a synced row whose id is derived from contact and field,
// so two machines filling the same field write the same row (last writer wins on the value).
import { createHash } from 'node:crypto';
import { checkCustomValue, readCustomValue, type CustomField, type CustomFieldType, type CustomValue } from '../../../src-shared/contract/custom-fields';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { AppError } from '../../rpc/app-error';

export const customValueIdOf = (contactId: string, fieldId: string) =>
  `cfv-${createHash('sha256').update(`${contactId}\u0000${fieldId}`).digest('hex').slice(0, 32)}`;

export type CustomFieldValues = ReturnType<typeof createCustomFieldValues>;

export function createCustomFieldValues(sqlite: Sqlite, writer: ChangeWriter) {
  const q = {
    // Values of removed fields stay stored (restoring the field brings them back) but are not read.
    ofContact: sqlite.prepare(
      `SELECT v.field_id AS fieldId, v.value, f.type, f.name FROM custom_field_values v JOIN custom_fields f ON f.id = v.field_id
       WHERE v.contact_id = ? AND v.deleted_at_ms IS NULL AND f.deleted_at_ms IS NULL ORDER BY f.sort_order, f.created_at_ms, f.id`,
    ),
    byId: sqlite.prepare('SELECT value, deleted_at_ms AS deletedAtMs FROM custom_field_values WHERE id = ?'),
    contactsWith: sqlite.prepare('SELECT contact_id FROM custom_field_values WHERE field_id = ? AND deleted_at_ms IS NULL').pluck(),
    contactOf: sqlite.prepare('SELECT contact_id FROM custom_field_values WHERE id = ?').pluck(),
  };
  const rowsOf = (contactId: string) => q.ofContact.all(contactId) as { fieldId: string; name: string; value: string; type: CustomFieldType }[];

  return {
    /** Writes (or clears) one value; returns whether anything changed. Throws on a value of the wrong type. */
    write(contactId: string, field: CustomField, value: CustomValue | null, nowMs: number): boolean {
      const checked = checkCustomValue(field, value);
      if (!checked.ok) throw new AppError('invalid_input', `values.${field.id}: ${field.name}: ${checked.message}`);
      const id = customValueIdOf(contactId, field.id);
      const existing = q.byId.get(id) as { value: string; deletedAtMs: number | null } | undefined;
      if (checked.stored === null) {
        return existing?.deletedAtMs === null ? writer.update('custom_field_values', id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }) : false;
      }
      if (!existing) {
        writer.insert('custom_field_values', id, { field_id: field.id, contact_id: contactId, value: checked.stored, created_at_ms: nowMs, updated_at_ms: nowMs });
        return true;
      }
      return writer.update('custom_field_values', id, { value: checked.stored, deleted_at_ms: null }, { updated_at_ms: nowMs });
    },

    /** field id → value, for the live fields. */
    byField(contactId: string): Record<string, CustomValue> {
      return Object.fromEntries(rowsOf(contactId).map((r) => [r.fieldId, readCustomValue(r.type, r.value)]));
    },

    /** field name → value, for the live fields. */
    byName(contactId: string): Record<string, CustomValue> {
      return Object.fromEntries(rowsOf(contactId).map((r) => [r.name, readCustomValue(r.type, r.value)]));
    },

    contactsWithField: (fieldId: string) => q.contactsWith.all(fieldId) as string[],
    contactOfValue: (valueId: string) => q.contactOf.get(valueId) as string | undefined,
  };
}
