// A parsed record (interop's ContactRecord) as Sampark contact fields. Nothing is dropped silently:
// what has no home yet (custom fields, photos) is kept in the notes or reported as a warning.
import { ContactEmail, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import type { ContactRecord } from '../interop';

export interface MappedRecord {
  fields: ContactFieldsInput;
  /** The organisation named on the card, to link or create as a company. */
  companyName: string | null;
  /** An embedded photo (size-capped by the parse), stored as a file after the import commits. */
  photoBytes: Uint8Array | null;
  /** E.164 of each phone, as the parse found it (null when not a valid number). */
  phoneE164s: (string | null)[];
  /** Values for custom fields defined in Settings, by field name (the rest go to the notes). */
  customValues: Record<string, string>;
  warnings: string[];
}

const LIMIT = 200;
const clip = (text: string, max = LIMIT) => text.trim().slice(0, max);

export function recordToFields(record: ContactRecord, fitsCustomField: (name: string, value: string) => boolean = () => false): MappedRecord {
  const warnings: string[] = [];
  const entries = Object.entries(record.customFields);
  const customValues = Object.fromEntries(entries.filter(([label, value]) => fitsCustomField(label, value)));
  const custom = entries.filter(([label]) => !Object.hasOwn(customValues, label)).map(([label, value]) => `${label}: ${value}`);
  const notes = [record.notes, ...custom].filter(Boolean).join('\n');
  const photo = record.photo;
  if (photo && 'url' in photo) warnings.push(`line ${record.sourceLine}: the photo is a link (${photo.url.slice(0, 60)}), which Sampark does not download`);
  const emails = record.emails.filter((e) => {
    const ok = ContactEmail.safeParse({ value: e.value }).success;
    if (!ok) warnings.push(`line ${record.sourceLine}: "${e.value.slice(0, 60)}" is not an email address and was left out`);
    return ok;
  });
  const derived = [record.givenName, record.familyName].filter(Boolean).join(' ');
  const fallbackName =
    record.displayName || record.nickname || record.organization || emails[0]?.value || record.phones[0]?.value || '';
  const hasPersonName = Boolean(record.givenName || record.familyName);
  return {
    companyName: record.organization.trim() || null,
    phoneE164s: record.phones.map((p) => p.e164),
    photoBytes: photo && 'bytes' in photo ? photo.bytes : null,
    customValues,
    warnings,
    fields: {
      kind: record.kind,
      prefix: clip(record.prefix),
      givenName: clip(record.givenName),
      additionalNames: clip(record.additionalNames),
      familyName: clip(record.familyName),
      suffix: clip(record.suffix),
      nickname: clip(record.nickname),
      displayName: hasPersonName ? (record.displayName && record.displayName !== derived ? clip(record.displayName) : '') : clip(fallbackName),
      department: clip(record.department),
      jobTitle: clip(record.title),
      emails: emails.map((e) => ({ label: clip(e.label) || 'other', value: e.value.trim() })),
      phones: record.phones.map((p) => ({ label: clip(p.label) || 'other', value: p.value.trim().slice(0, 60) })),
      addresses: record.addresses.map((a) => ({ ...a, label: clip(a.label) || 'other' })),
      websites: record.websites.map((value) => ({ label: '', value: value.trim() })),
      birthday: record.birthday,
      tags: [...new Set(record.tags.map((t) => clip(t, 100)).filter(Boolean))],
      notes: notes.slice(0, 20_000),
    },
  };
}
