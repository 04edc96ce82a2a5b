// The field registry: every field a filter can name, and where its values live in SQL.
//
// A field is one entry: { key, kind, source }. `kind` (FIELD_KIND_OPS in the contract) decides which
// ops apply and how each becomes SQL; `source` says where the value is:
//   { scalar: 'c.owner' }            one value per contact, an SQL expression over the contacts row `c`
//                                    (a correlated subquery is fine, e.g. the company's name);
//   { rows: { table, value, where } } any number of values per contact: live rows (deleted_at_ms IS NULL)
//                                    of `table`, alias `x`, linked by x.contact_id. A condition holds when
//                                    some row matches; negated ops (is not, has not, is empty) when none does.
// All SQL in an entry is written by us, never taken from a user; user values are always bound
// parameters. Later features add fields with one entry each, e.g. a custom field
//   { key: `custom:${id}`, label: name, kind: 'text', source: { rows: { table: 'contact_custom_values',
//     value: 'x.value', where: 'x.field_id = ?', whereParams: [id] } } }
// or the last-contacted date
//   { key: 'lastContacted', kind: 'date', source: { scalar: '(SELECT max(i.at_ms) FROM interactions i WHERE i.contact_id = c.id)' } }.
// Fields whose list changes at run time (custom fields defined in Settings) register a provider instead.
import type { FieldKind, FilterFieldInfo } from '../../../src-shared/contract/segments';
import type { Sqlite } from '../../db/open-database';

export type FieldSource =
  | { scalar: string }
  | { rows: { table: string; value: string; where?: string; whereParams?: readonly unknown[] } };

export interface FilterField {
  /** Stable name stored in saved segments: never rename one that has shipped. */
  key: string;
  kind: FieldKind;
  source: FieldSource;
  /** Shown name for user-defined fields; built-in fields are named by the UI's catalogue (segments.fields.<key>). */
  label?: string;
  /** Values to offer in the filter builder (choices, tag names), read when the builder opens. */
  options?: (sqlite: Sqlite) => string[];
  /** Only these values are accepted (e.g. lifecycle stages); a filter naming another is rejected. */
  allowedValues?: readonly string[];
  /** Maps a user's value to the stored one before binding (a tag name to its id). */
  toStored?: (value: string) => string;
  /** Date fields: epoch milliseconds (default) or 'YYYY-MM-DD' text. */
  dateStorage?: 'epochMs' | 'isoDate';
}

export type FieldRegistry = ReturnType<typeof createFieldRegistry>;

export function createFieldRegistry() {
  const fields = new Map<string, FilterField>();
  const providers: (() => readonly FilterField[])[] = [];

  function all(): FilterField[] {
    return [...fields.values(), ...providers.flatMap((provide) => provide())];
  }

  return {
    /** Adds a field; a key can be registered once. */
    register(field: FilterField): void {
      if (fields.has(field.key)) throw new Error(`Filter field ${field.key} is already registered`);
      fields.set(field.key, field);
    },
    /** Adds fields that are listed afresh on every use (e.g. custom fields defined by the user). */
    registerProvider(provide: () => readonly FilterField[]): void {
      providers.push(provide);
    },
    get(key: string): FilterField | undefined {
      return fields.get(key) ?? all().find((f) => f.key === key);
    },
    describe(sqlite: Sqlite): FilterFieldInfo[] {
      return all().map((f) => ({
        key: f.key,
        kind: f.kind,
        label: f.label ?? null,
        isMultiValued: 'rows' in f.source,
        options: f.options?.(sqlite) ?? [...(f.allowedValues ?? [])],
      }));
    },
  };
}
