// What an import would do with each record of a file: create, update (same email or phone as a
// contact already here) or skip, and which records cannot be imported and why.
import { ContactFields } from '../../../src-shared/contract/contacts';
import type { ImportMode } from '../../../src-shared/contract/imports';
import { toCountryCode, toE164 } from '../contacts';
import { parseContactsFile, type ParseResult } from '../interop';
import { recordToFields, type MappedRecord } from './record-to-fields';

export interface PlanItem {
  line: number;
  mapped: MappedRecord;
  displayName: string;
  action: 'create' | 'update' | 'skip';
  /** The contact an update (or a skip as duplicate) refers to. */
  matchId: string | null;
  reason: string | null;
}

export interface ImportPlan {
  parsed: ParseResult;
  items: PlanItem[];
  errors: { line: number; message: string }[];
  warnings: string[];
}

export function planImport(options: {
  bytes: Uint8Array;
  format: 'auto' | 'csv' | 'vcard';
  mode: ImportMode;
  csvMapping?: Record<string, string> | undefined;
  defaultCountry: string;
  match: { byEmail: Map<string, string>; byPhone: Map<string, string> };
  /** True when a column named `name` holds a valid value of a custom field defined in Settings. */
  fitsCustomField?: (name: string, value: string) => boolean;
}): ImportPlan {
  const parsed = parseContactsFile(options.bytes, { format: options.format, defaultCountry: options.defaultCountry, csvMapping: options.csvMapping });
  const country = toCountryCode(options.defaultCountry);
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const items: PlanItem[] = [];
  const seenInFile = new Map<string, number>();
  for (const record of parsed.records) {
    const mapped = recordToFields(record, options.fitsCustomField);
    warnings.push(...mapped.warnings);
    const valid = ContactFields.safeParse(mapped.fields);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      errors.push({ line: record.sourceLine, message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not valid'}` });
      continue;
    }
    const keys = [
      ...valid.data.emails.map((e) => `e:${e.value.toLowerCase()}`),
      ...valid.data.phones.flatMap((p) => {
        const e164 = toE164(p.value, country);
        return e164 ? [`p:${e164}`] : [];
      }),
    ];
    const displayName = valid.data.displayName || [valid.data.givenName, valid.data.familyName].filter(Boolean).join(' ');
    const earlier = keys.map((k) => seenInFile.get(k)).find((line) => line !== undefined);
    if (earlier !== undefined) {
      items.push({ line: record.sourceLine, mapped, displayName, action: 'skip', matchId: null, reason: `same email or phone as line ${earlier}` });
      continue;
    }
    for (const key of keys) seenInFile.set(key, record.sourceLine);
    const matchId =
      keys.map((k) => (k.startsWith('e:') ? options.match.byEmail.get(k.slice(2)) : options.match.byPhone.get(k.slice(2)))).find(Boolean) ?? null;
    const action = matchId
      ? options.mode === 'create' ? 'skip' : 'update'
      : options.mode === 'updateOnly' ? 'skip' : 'create';
    const reason = action === 'skip' ? (matchId ? 'already in Sampark (same email or phone)' : 'not in Sampark') : null;
    items.push({ line: record.sourceLine, mapped, displayName, action, matchId, reason });
  }
  return { parsed, items, errors, warnings };
}
