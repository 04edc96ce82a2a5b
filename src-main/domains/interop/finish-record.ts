// Rules shared by every importer (and mirrored by the exporters so a round trip is stable): what a
// contact is called when the file gives no display name, and when a record is worth importing.
import type { ContactRecord } from './contact-record';

export function composePersonName(record: ContactRecord): string {
  return [record.prefix, record.givenName, record.additionalNames, record.familyName, record.suffix]
    .filter((part) => part !== '')
    .join(' ');
}

/** The name shown when the source has none: the person's name, else the company, nickname, email, phone. */
export function derivedDisplayName(record: ContactRecord): string {
  return (
    composePersonName(record) ||
    record.organization ||
    record.nickname ||
    record.emails[0]?.value ||
    record.phones[0]?.value ||
    ''
  );
}

export function hasPersonName(record: ContactRecord): boolean {
  return composePersonName(record) !== '';
}

/** Custom fields keep every distinct value: a repeated key becomes 'Key (2)', 'Key (3)' … */
export function addCustomField(record: ContactRecord, key: string, value: string): void {
  if (value === '') return;
  const base = key === '' ? 'Custom' : key;
  let candidate = base;
  for (let n = 2; Object.hasOwn(record.customFields, candidate); n++) {
    if (record.customFields[candidate] === value) return;
    candidate = `${base} (${n})`;
  }
  // defineProperty: a key such as '__proto__' must become data, not change the object's prototype.
  Object.defineProperty(record.customFields, candidate, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Fills the display name and removes duplicate tags. Returns false for a record with nothing a
 * person could recognise (no name, company, nickname, email, phone or address), which is skipped.
 */
export function finishRecord(record: ContactRecord): boolean {
  record.tags = [...new Set(record.tags.filter((tag) => tag !== ''))];
  const hasContent =
    record.displayName !== '' ||
    hasPersonName(record) ||
    record.organization !== '' ||
    record.nickname !== '' ||
    record.emails.length > 0 ||
    record.phones.length > 0 ||
    record.addresses.length > 0;
  if (record.displayName === '') record.displayName = derivedDisplayName(record);
  return hasContent;
}
