// Custom fields: definitions made in Settings and one value row per contact and field. Every value is
// checked against its field's type on write (checkCustomValue, shared with the form) and the contact's
// search text is rebuilt in the same transaction, so a value is findable as soon as it is saved.
import { v7 as uuidv7 } from 'uuid';
import { checkCustomValue, customValueText, type CustomField, type CustomFieldType, type CustomValue } from '../../../src-shared/contract/custom-fields';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { createCustomFieldValues } from './custom-field-values';
import { customFieldFilterSql, type CustomFieldFilterOp, type FilterValue, type SqlFragment } from './custom-field-filter';

export type CustomFieldsService = ReturnType<typeof createCustomFieldsService>;

interface FieldRow {
  id: string;
  name: string;
  type: CustomFieldType;
  options: string;
  sortOrder: number;
  deletedAtMs: number | null;
}

function parseOptions(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

const toField = (row: FieldRow): CustomField => ({ id: row.id, name: row.name, type: row.type, options: parseOptions(row.options) });

export function createCustomFieldsService(options: {
  sqlite: Sqlite;
  events: EventBus;
  writer: ChangeWriter;
  /** Rebuilds a contact's search text (its values are part of it). */
  reindexContact: (contactId: string) => void;
  now?: () => number;
}) {
  const { sqlite, events, writer, reindexContact } = options;
  const now = options.now ?? Date.now;
  const changed = () => events.emit({ type: 'changed', domain: 'customFields' });
  const FIELD = `SELECT id, name, type, options, sort_order AS sortOrder, deleted_at_ms AS deletedAtMs FROM custom_fields`;
  const q = {
    live: sqlite.prepare(`${FIELD} WHERE deleted_at_ms IS NULL ORDER BY sort_order, created_at_ms, id`),
    byId: sqlite.prepare(`${FIELD} WHERE id = ?`),
    contact: sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck(),
    maxOrder: sqlite.prepare('SELECT coalesce(max(sort_order), -1) FROM custom_fields WHERE deleted_at_ms IS NULL').pluck(),
  };
  const values = createCustomFieldValues(sqlite, writer);

  function list(): CustomField[] {
    return (q.live.all() as FieldRow[]).map(toField);
  }

  function liveField(id: string): FieldRow {
    const row = q.byId.get(id) as FieldRow | undefined;
    if (!row || row.deletedAtMs !== null) notFound('custom field', id);
    return row;
  }

  function requireUniqueName(name: string, exceptId: string | null) {
    const folded = name.trim().toLocaleLowerCase();
    if (list().some((f) => f.id !== exceptId && f.name.toLocaleLowerCase() === folded)) {
      throw new AppError('conflict', `name: There is already a field called ${name}`);
    }
  }

  const setValuesTx = sqlite.transaction((contactId: string, wanted: Record<string, CustomValue | null>) => {
    if (!q.contact.get(contactId)) notFound('contact', contactId);
    const nowMs = now();
    let isChanged = false;
    for (const [fieldId, value] of Object.entries(wanted)) isChanged = values.write(contactId, toField(liveField(fieldId)), value, nowMs) || isChanged;
    if (isChanged) reindexContact(contactId);
    return isChanged;
  });

  const setDeletedTx = sqlite.transaction((id: string, deleted: boolean) => {
    const row = q.byId.get(id) as FieldRow | undefined;
    if (!row) notFound('custom field', id);
    const nowMs = now();
    if (!writer.update('custom_fields', id, { deleted_at_ms: deleted ? nowMs : null }, { updated_at_ms: nowMs })) return;
    // A removed field's values leave the search text (and come back with it).
    for (const contactId of values.contactsWithField(id)) reindexContact(contactId);
  });

  return {
    list: () => ({ items: list() }),

    create(input: { name: string; type: CustomFieldType; options: string[] }): CustomField {
      const id = sqlite.transaction(() => {
        requireUniqueName(input.name, null);
        const fieldId = uuidv7();
        const nowMs = now();
        writer.insert('custom_fields', fieldId, {
          name: input.name.trim(),
          type: input.type,
          options: JSON.stringify([...new Set(input.options)]),
          sort_order: (q.maxOrder.get() as number) + 1,
          created_at_ms: nowMs,
          updated_at_ms: nowMs,
        });
        return fieldId;
      })();
      changed();
      return toField(liveField(id));
    },

    update(id: string, name: string, options: string[]): CustomField {
      sqlite.transaction(() => {
        const row = liveField(id);
        requireUniqueName(name, id);
        if ((row.type === 'singleChoice' || row.type === 'multiChoice') && options.length === 0) {
          throw new AppError('invalid_input', 'options: Add at least one choice');
        }
        writer.update('custom_fields', id, { name: name.trim(), options: JSON.stringify([...new Set(options)]) }, { updated_at_ms: now() });
      })();
      changed();
      return toField(liveField(id));
    },

    remove(id: string) {
      setDeletedTx(id, true);
      changed();
      return { ok: true as const };
    },

    restore(id: string) {
      setDeletedTx(id, false);
      changed();
      return { ok: true as const };
    },

    reorder(ids: string[]) {
      sqlite.transaction(() => {
        const nowMs = now();
        ids.forEach((id, index) => {
          liveField(id);
          writer.update('custom_fields', id, { sort_order: index }, { updated_at_ms: nowMs });
        });
      })();
      changed();
      return { items: list() };
    },

    valuesOf: (contactId: string) => ({ values: values.byField(contactId) }),

    setValues(contactId: string, wanted: Record<string, CustomValue | null>) {
      if (setValuesTx(contactId, wanted)) events.emit({ type: 'changed', domain: 'contacts' });
      return { values: values.byField(contactId) };
    },

    /** A contact's values as text by field name, for exports: { "Membership": "Gold, Silver" }. */
    textByName(contactId: string): Record<string, string> {
      return Object.fromEntries(Object.entries(values.byName(contactId)).map(([name, value]) => [name, customValueText(value)]));
    },

    /** For imports: whether a column named `name` holds a valid value of a defined field (the field list read once). */
    checker(): (name: string, value: string) => boolean {
      const fields = new Map(list().map((f) => [f.name.toLocaleLowerCase(), f]));
      return (name, value) => {
        const field = fields.get(name.trim().toLocaleLowerCase());
        return field !== undefined && checkCustomValue(field, value).ok;
      };
    },

    /**
     * Sets values given as text by field name (imports: a CSV column mapped to `customFields:Name`).
     * Names match case-insensitively; returns what matched no field or did not fit its type, so the
     * caller can keep it elsewhere (the notes) rather than drop it.
     */
    setTextByName(contactId: string, byName: Record<string, string>): Record<string, string> {
      const fields = new Map(list().map((f) => [f.name.toLocaleLowerCase(), f]));
      const leftover: Record<string, string> = {};
      const nowMs = now();
      let isChanged = false;
      for (const [name, text] of Object.entries(byName)) {
        const field = fields.get(name.trim().toLocaleLowerCase());
        if (!field || !checkCustomValue(field, text).ok) leftover[name] = text;
        else isChanged = values.write(contactId, field, text, nowMs) || isChanged;
      }
      if (isChanged) reindexContact(contactId);
      return leftover;
    },

    /** The segments' filter on a custom field: a parameter-bound condition on contacts aliased `c`. */
    filterSql(fieldId: string, op: CustomFieldFilterOp, value: FilterValue = null, contactAlias = 'c'): SqlFragment {
      return customFieldFilterSql(toField(liveField(fieldId)), op, value, contactAlias);
    },

    /** Contacts whose search text must be rebuilt after values or fields arrived from another machine. */
    contactsTouchedBySync(touched: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
      const ids = new Set<string>();
      for (const valueId of touched.get('custom_field_values') ?? []) {
        const contactId = values.contactOfValue(valueId);
        if (contactId) ids.add(contactId);
      }
      for (const fieldId of touched.get('custom_fields') ?? []) for (const id of values.contactsWithField(fieldId)) ids.add(id);
      return ids;
    },
  };
}
