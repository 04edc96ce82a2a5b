// Custom fields as filter fields: one per field defined in Settings, listed afresh on every use so a
// field added on this or another machine can be filtered on at once.
import type { CustomField } from '../../../src-shared/contract/custom-fields';
import type { FieldKind } from '../../../src-shared/contract/segments';
import type { FilterField } from './filter-fields';

/** Live values of one field; the field id is always a bound parameter. */
const VALUES = { table: 'custom_field_values', where: 'x.field_id = ?' } as const;
/** Multiple choice values are stored as a JSON array: one row per chosen option. */
const CHOSEN = {
  table: '(SELECT v.contact_id, v.field_id, v.deleted_at_ms, j.value AS value FROM custom_field_values v, json_each(v.value) j)',
  where: 'x.field_id = ?',
} as const;

function entry(field: CustomField, kind: FieldKind, value: string, rows: { table: string; where: string } = VALUES): FilterField {
  return { key: `custom:${field.id}`, label: field.name, kind, source: { rows: { ...rows, value, whereParams: [field.id] } } };
}

export function customFieldFilterFields(fields: readonly CustomField[]): FilterField[] {
  return fields.map((field) => {
    switch (field.type) {
      case 'number':
        return entry(field, 'number', 'CAST(x.value AS REAL)');
      case 'date':
        return { ...entry(field, 'date', 'x.value'), dateStorage: 'isoDate' };
      case 'checkbox':
        return entry(field, 'flag', "(x.value = 'true')");
      case 'singleChoice':
        return { ...entry(field, 'choice', 'x.value'), options: () => field.options };
      case 'multiChoice':
        return { ...entry(field, 'choice', 'x.value', CHOSEN), options: () => field.options };
      case 'text':
      case 'url':
        return entry(field, 'text', 'x.value');
    }
  });
}
