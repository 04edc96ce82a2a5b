import { z } from 'zod';
import { Id } from './common';
import { method } from './method';

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'singleChoice', 'multiChoice', 'checkbox', 'url'] as const;
export const CustomFieldType = z.enum(CUSTOM_FIELD_TYPES);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

const Options = z.array(z.string().trim().min(1).max(100)).max(200).default([]);

export const CustomField = z.object({
  id: Id,
  name: z.string(),
  type: CustomFieldType,
  /** The choices of a single- or multi-choice field, in order. */
  options: z.array(z.string()),
});
export type CustomField = z.infer<typeof CustomField>;

export const NewCustomField = z
  .object({ name: z.string().trim().min(1, 'A field needs a name').max(100), type: CustomFieldType, options: Options })
  .refine((f) => !isChoice(f.type) || f.options.length > 0, { message: 'Add at least one choice', path: ['options'] });

/** A value as the UI holds it: text, a number, a checkbox, or the chosen options of a multi choice. */
export const CustomValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(100)).max(200)]);
export type CustomValue = z.infer<typeof CustomValue>;

/** field id → value; null (or an empty value) clears the field. */
export const CustomValues = z.record(Id, CustomValue.nullable());

export const customFields = {
  /** The defined fields, in their order. */
  list: method(z.object({}), z.object({ items: z.array(CustomField) })),
  create: method(NewCustomField, CustomField),
  /** Renames a field or changes its choices; its type stays. */
  update: method(z.object({ id: Id, name: z.string().trim().min(1, 'A field needs a name').max(100), options: Options }), CustomField),
  /** Removes a field (its values stay, hidden, so `restore` brings everything back). */
  remove: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
  restore: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
  /** Puts the fields in this order. */
  reorder: method(z.object({ ids: z.array(Id).max(500) }), z.object({ items: z.array(CustomField) })),
  valuesOf: method(z.object({ contactId: Id }), z.object({ values: z.record(Id, CustomValue) })),
  /** Sets (or clears) the given fields of one contact; every value is checked against its field's type. */
  setValues: method(z.object({ contactId: Id, values: CustomValues }), z.object({ values: z.record(Id, CustomValue) })),
};

/** The import column mapping target (ImportSource.csvMapping) that fills this field: `customFields:Name`. */
export function csvTargetOf(field: Pick<CustomField, 'name'>): string {
  return `customFields:${field.name}`;
}

export function isChoice(type: CustomFieldType): boolean {
  return type === 'singleChoice' || type === 'multiChoice';
}

export type CheckedValue = { ok: true; stored: string | null } | { ok: false; message: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 'on', 'checked', 'हाँ', 'ஆம்']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', '']);

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

function checkUrl(text: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!['http:', 'https:', 'mailto:', 'ftp:'].includes(url.protocol)) return null;
    if (url.protocol.startsWith('http') && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return withScheme;
  } catch {
    return null;
  }
}

/**
 * Checks a value against its field and gives the text stored for it (null clears the field).
 * The same rule runs in the form and in the core, so what the form accepts the core stores.
 * Text from files (imports) is accepted for every type: '12.5', 'yes', 'Gold; Silver'.
 */
export function checkCustomValue(field: Pick<CustomField, 'type' | 'options'>, value: CustomValue | null): CheckedValue {
  if (value === null) return { ok: true, stored: null };
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === '' || (Array.isArray(text) && text.length === 0)) return { ok: true, stored: null };
  const fail = (message: string): CheckedValue => ({ ok: false, message });
  switch (field.type) {
    case 'text':
      return typeof text === 'string' ? { ok: true, stored: text } : fail('Enter text');
    case 'number': {
      const n = typeof text === 'number' ? text : typeof text === 'string' ? Number(text.replace(/[\s,_]/g, '')) : NaN;
      return Number.isFinite(n) ? { ok: true, stored: String(n) } : fail('Enter a number');
    }
    case 'date':
      return typeof text === 'string' && isRealDate(text) ? { ok: true, stored: text } : fail('Enter a date as YYYY-MM-DD');
    case 'checkbox': {
      const word = typeof text === 'string' ? text.toLowerCase() : text;
      if (word === true || (typeof word === 'string' && TRUE_WORDS.has(word))) return { ok: true, stored: 'true' };
      if (word === false || (typeof word === 'string' && FALSE_WORDS.has(word))) return { ok: true, stored: null };
      return fail('Use yes or no');
    }
    case 'url': {
      const url = typeof text === 'string' ? checkUrl(text) : null;
      return url ? { ok: true, stored: url } : fail('Enter a web address like example.com');
    }
    case 'singleChoice': {
      const choice = typeof text === 'string' ? matchOption(field.options, text) : undefined;
      return choice !== undefined ? { ok: true, stored: choice } : fail('Choose one of the options');
    }
    case 'multiChoice': {
      const parts = Array.isArray(text) ? text : typeof text === 'string' ? text.split(/\s*[;,]\s*|\s+:::\s+/) : [];
      const chosen = parts.map((p) => matchOption(field.options, p));
      if (chosen.some((c) => c === undefined)) return fail('Choose from the options');
      const unique = field.options.filter((o) => chosen.includes(o));
      return { ok: true, stored: unique.length ? JSON.stringify(unique) : null };
    }
  }
}

/** The option equal to `text`, ignoring case and surrounding spaces. */
function matchOption(options: string[], text: string): string | undefined {
  const wanted = text.trim().toLocaleLowerCase();
  return options.find((o) => o.toLocaleLowerCase() === wanted);
}

/** A stored text back as the value the UI holds. */
export function readCustomValue(type: CustomFieldType, stored: string): CustomValue {
  switch (type) {
    case 'number':
      return Number(stored);
    case 'checkbox':
      return stored === 'true';
    case 'multiChoice':
      try {
        const parsed: unknown = JSON.parse(stored);
        return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
      } catch {
        return [];
      }
    default:
      return stored;
  }
}

/** A value as plain text for files and search: 'Gold, Silver', 'yes', '12.5'. */
export function customValueText(value: CustomValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
