// Records → vCard 3.0 (the default: what Google and Apple import best) or 4.0. CRLF line ends,
// lines folded at 75 octets (vcard-fold.ts), text escaped (vcard-text.ts). Labels travel as TYPE
// when a standard type exists, else as Apple's `itemN.X-ABLabel`, which Google and Apple both read.
// Custom fields travel the same way as `itemN.X-SAMPARK-FIELD`, so a Sampark round trip keeps them.
import type { ContactPhoto, ContactRecord } from './contact-record';
import { derivedDisplayName } from './finish-record';
import { foldLine } from './vcard-fold';
import { appleLabelFor, typesForLabel, type LabelledKind } from './vcard-labels';
import { escapeComponent, escapeText } from './vcard-text';

export type VCardVersion = '3.0' | '4.0';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Year-less birthdays: 4.0 has `--MMDD`. vCard 3.0 has no year-less date, so 3.0 uses Apple's form,
 * `X-APPLE-OMIT-YEAR=1604` on 1604-MM-DD: Apple and Sabre-based servers (Nextcloud) hide the year,
 * and a reader that ignores the parameter still gets a valid date with the right day and month.
 */
function birthdayLine(birthday: string, version: VCardVersion): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(birthday);
  if (yearless !== null) {
    return version === '4.0' ? `BDAY:--${yearless[1]}${yearless[2]}` : `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${yearless[1]}-${yearless[2]}`;
  }
  return version === '4.0' ? `BDAY:${birthday.replaceAll('-', '')}` : `BDAY;VALUE=date:${birthday}`;
}

function photoLine(photo: ContactPhoto, version: VCardVersion): string {
  if ('url' in photo) return version === '4.0' ? `PHOTO:${photo.url}` : `PHOTO;VALUE=uri:${photo.url}`;
  const base64 = toBase64(photo.bytes);
  if (version === '4.0') return `PHOTO:data:${photo.mediaType};base64,${base64}`;
  const subtype = photo.mediaType.split('/')[1]?.toUpperCase().replace(/[^A-Z0-9.+-]/g, '') || 'JPEG';
  return `PHOTO;ENCODING=b;TYPE=${subtype}:${base64}`;
}

function cardLines(record: ContactRecord, version: VCardVersion): string[] {
  const v4 = version === '4.0';
  const lines = ['BEGIN:VCARD', `VERSION:${version}`];
  let groups = 0;
  const grouped = (property: string, value: string, label: string): void => {
    const group = `item${++groups}`;
    lines.push(`${group}.${property}:${value}`, `${group}.X-ABLabel:${escapeText(label)}`);
  };
  const labelled = (name: string, kind: LabelledKind, label: string, value: string, extraTypes: string[] = []): void => {
    const types = typesForLabel(label, kind);
    const all = [...extraTypes, ...(types ?? [])].map((type) => (v4 ? type : type.toUpperCase()));
    const params = all.length > 0 ? `;TYPE=${all.join(',')}` : '';
    if (types === null) grouped(`${name}${params}`, value, appleLabelFor(label));
    else lines.push(`${name}${params}:${value}`);
  };

  if (v4 && record.kind === 'organization') lines.push('KIND:org');
  const names = [record.familyName, record.givenName, record.additionalNames, record.prefix, record.suffix];
  lines.push(`FN:${escapeText(record.displayName || derivedDisplayName(record))}`, `N:${names.map(escapeComponent).join(';')}`);
  if (!v4 && record.kind === 'organization') lines.push('X-ABShowAs:COMPANY');
  if (record.nickname !== '') lines.push(`NICKNAME:${escapeText(record.nickname)}`);
  if (record.organization !== '' || record.department !== '') {
    lines.push(`ORG:${escapeComponent(record.organization)}${record.department === '' ? '' : `;${escapeComponent(record.department)}`}`);
  }
  if (record.title !== '') lines.push(`TITLE:${escapeText(record.title)}`);
  for (const email of record.emails) labelled('EMAIL', 'email', email.label, escapeText(email.value), v4 ? [] : ['internet']);
  for (const phone of record.phones) {
    const value = escapeText(phone.value);
    // An untyped TEL is a URI (4.0) or phone-number (3.0) to some readers, ical.js among them, which
    // then keep `\,` or drop backslashes; a value that needed escaping says it is text.
    labelled(value !== phone.value ? 'TEL;VALUE=text' : 'TEL', 'phone', phone.label, value);
  }
  for (const a of record.addresses) {
    labelled('ADR', 'address', a.label, ['', '', a.street, a.locality, a.region, a.postalCode, a.country].map(escapeComponent).join(';'));
  }
  if (record.birthday !== null) lines.push(birthdayLine(record.birthday, version));
  // URIs are not text-escaped; a line break cannot be part of one.
  for (const url of record.websites) lines.push(`URL:${url.replace(/[\r\n]+/g, ' ')}`);
  if (record.notes !== '') lines.push(`NOTE:${escapeText(record.notes)}`);
  if (record.tags.length > 0) lines.push(`CATEGORIES:${record.tags.map(escapeText).join(',')}`);
  if (record.photo !== null) lines.push(photoLine(record.photo, version));
  for (const [key, value] of Object.entries(record.customFields)) grouped('X-SAMPARK-FIELD', escapeText(value), key);
  lines.push('END:VCARD');
  return lines;
}

export function writeVCard(records: readonly ContactRecord[], version: VCardVersion = '3.0'): string {
  return records.flatMap((record) => cardLines(record, version).map(foldLine)).join('\r\n') + (records.length > 0 ? '\r\n' : '');
}
