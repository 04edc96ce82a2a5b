// What an import would do with each record of a file. Two steps: `prepareImport` parses, maps and
// validates the file once (the slow part, cached between preview and run by plan-cache.ts), and
// `matchImport` decides create, update (same email or phone as a contact already here) or skip
// against the database as it is now — cheap, so it is redone at run time.
import { ContactFields } from '../../../src-shared/contract/contacts';
import type { ImportMode } from '../../../src-shared/contract/imports';
import { parseContactsFile, type ParseResult } from '../interop';
import { recordToFields, type MappedRecord } from './record-to-fields';

export interface PreparedRecord {
  line: number;
  mapped: MappedRecord;
  /** The validated fields, written as they are (not parsed again). */
  fields: ContactFields;
  /** E.164 of each phone in `fields.phones` (from the parse; numbers are parsed once). */
  e164s: (string | null)[];
  /** Lower-cased emails (`e:`) and E.164 phones (`p:`): how records are matched. */
  keys: string[];
  displayName: string;
}

export interface PreparedImport {
  parsed: Omit<ParseResult, 'records'>;
  records: PreparedRecord[];
  errors: { line: number; message: string }[];
  warnings: string[];
}

export interface PlanItem {
  record: PreparedRecord;
  action: 'create' | 'update' | 'skip';
  /** The contact an update (or a skip as duplicate) refers to. */
  matchId: string | null;
  reason: string | null;
}

/** Called between chunks of work; may throw to stop (Cancel) and may yield (returns a promise). */
export type ChunkHook = (done: number, total: number) => void | Promise<void>;
export const CHUNK = 2000;

export async function prepareImport(options: {
  bytes: Uint8Array;
  format: 'auto' | 'csv' | 'vcard';
  csvMapping?: Record<string, string> | undefined;
  rememberedMapping?: (headers: readonly string[]) => Record<string, string> | undefined;
  defaultCountry: string;
  onChunk?: ChunkHook;
  /** True when a column named `name` holds a valid value of a custom field defined in Settings. */
  fitsCustomField?: ((name: string, value: string) => boolean) | undefined;
}): Promise<PreparedImport> {
  const { records: parsedRecords, ...parsed } = parseContactsFile(options.bytes, {
    format: options.format,
    defaultCountry: options.defaultCountry,
    csvMapping: options.csvMapping,
    rememberedMapping: options.rememberedMapping,
  });
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const records: PreparedRecord[] = [];
  for (let i = 0; i < parsedRecords.length; i++) {
    if (i % CHUNK === 0) await options.onChunk?.(i, parsedRecords.length);
    const record = parsedRecords[i]!;
    const mapped = recordToFields(record, options.fitsCustomField);
    warnings.push(...mapped.warnings);
    const valid = ContactFields.safeParse(mapped.fields);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      errors.push({ line: record.sourceLine, message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not valid'}` });
      continue;
    }
    const fields = valid.data;
    const e164s = mapped.phoneE164s;
    const keys = [...fields.emails.map((e) => `e:${e.value.toLowerCase()}`), ...e164s.flatMap((e164) => (e164 ? [`p:${e164}`] : []))];
    const displayName = fields.displayName || [fields.givenName, fields.familyName].filter(Boolean).join(' ');
    records.push({ line: record.sourceLine, mapped, fields, e164s, keys, displayName });
  }
  await options.onChunk?.(parsedRecords.length, parsedRecords.length);
  return { parsed, records, errors, warnings };
}

export function matchImport(
  prepared: PreparedImport,
  mode: ImportMode,
  match: { byEmail: Map<string, string>; byPhone: Map<string, string> },
): PlanItem[] {
  const items: PlanItem[] = [];
  const seenInFile = new Map<string, number>();
  for (const record of prepared.records) {
    const { keys } = record;
    let earlier: number | undefined;
    for (const key of keys) if (earlier === undefined) earlier = seenInFile.get(key);
    if (earlier !== undefined) {
      items.push({ record, action: 'skip', matchId: null, reason: `same email or phone as line ${earlier}` });
      continue;
    }
    for (const key of keys) seenInFile.set(key, record.line);
    let matchId: string | null = null;
    for (const key of keys) {
      matchId ??= (key.startsWith('e:') ? match.byEmail.get(key.slice(2)) : match.byPhone.get(key.slice(2))) ?? null;
    }
    const action = matchId ? (mode === 'create' ? 'skip' : 'update') : mode === 'updateOnly' ? 'skip' : 'create';
    const reason = action === 'skip' ? (matchId ? 'already in Sampark (same email or phone)' : 'not in Sampark') : null;
    items.push({ record, action, matchId, reason });
  }
  return items;
}
