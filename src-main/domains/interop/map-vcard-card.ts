// One card's properties → a ContactRecord. Apple/Google `itemN.` groups carry an X-ABLabel for the
// property they group; that label wins over TYPE. The first FN, N, ORG, TITLE, BDAY and PHOTO count;
// emails, phones, addresses, URLs, notes and categories all accumulate.
import type { CountryCode } from 'libphonenumber-js/max';
import { emptyContactRecord, type ContactRecord } from './contact-record';
import { addCustomField, finishRecord } from './finish-record';
import { makePhone, stripTelScheme } from './normalize-phone';
import type { ContentLine } from './vcard-content-line';
import { customFieldKey, customFieldValue } from './vcard-custom-properties';
import { fieldNameFromApple, labelFromApple, labelFromTypes, type LabelledKind } from './vcard-labels';
import { applyBirthday } from './vcard-birthday';
import { photoFromProperty } from './vcard-photo';
import { splitEscaped, unescapeText, unescapeUri } from './vcard-text';
import type { VCardValueDecoder } from './vcard-value-decoder';

export interface CardContext {
  decoder: VCardValueDecoder;
  defaultCountry: CountryCode | undefined;
  warn(message: string): void;
}

const SYSTEM_GROUPS = new Set(['mycontacts', 'my contacts', '* mycontacts']);

export function mapVCardCard(properties: ContentLine[], beginLine: number, ctx: CardContext): ContactRecord | null {
  const record = emptyContactRecord(beginLine);
  const raw = (p: ContentLine): string => ctx.decoder.text(p);
  const text = (p: ContentLine): string => unescapeText(raw(p)).trim();
  // A bare line break inside a one-line value (FN split over two lines) is damage, not content.
  const line = (p: ContentLine): string => unescapeText(raw(p).replace(/(?<!\\)\n/g, ' ')).trim();
  const parts = (p: ContentLine, bareBreak = '\n'): string[] =>
    splitEscaped(raw(p).replace(/(?<!\\)\n/g, bareBreak), ';').map((part) => unescapeText(part).trim());
  const groupLabels = new Map<string, string>();
  for (const p of properties) if (p.name === 'X-ABLABEL' && p.group !== '') groupLabels.set(p.group, text(p));
  const groupLabel = (p: ContentLine): string => (p.group === '' ? '' : (groupLabels.get(p.group) ?? ''));
  const labelOf = (p: ContentLine, kind: LabelledKind): string =>
    labelFromApple(groupLabel(p)) || labelFromTypes(p.params.types, kind);
  let sawName = false;
  const notes: string[] = [];
  const formattedAddresses: ContentLine[] = [];

  for (const p of properties) {
    switch (p.name) {
      case 'FN':
        record.displayName ||= line(p);
        break;
      case 'N':
        if (sawName) break;
        sawName = true;
        [record.familyName = '', record.givenName = '', record.additionalNames = '', record.prefix = '', record.suffix = ''] = parts(p, ' ');
        break;
      case 'NICKNAME':
        record.nickname = [record.nickname, line(p)].filter((s) => s !== '').join(', ');
        break;
      case 'ORG':
        if (record.organization === '') [record.organization = '', record.department = ''] = parts(p, ' ');
        break;
      case 'TITLE':
        record.title ||= line(p);
        break;
      case 'EMAIL': {
        const value = line(p).replace(/^mailto:/i, '');
        if (value !== '') record.emails.push({ value, label: labelOf(p, 'email') });
        break;
      }
      case 'TEL': {
        const value = stripTelScheme(line(p));
        if (value !== '') record.phones.push(makePhone(value, labelOf(p, 'phone'), ctx.defaultCountry));
        break;
      }
      case 'ADR': {
        const [poBox = '', extended = '', street = '', locality = '', region = '', postalCode = '', country = ''] = parts(p);
        // DEBT: the record has no PO box / extended-address fields; they fill an empty street only.
        const address = { label: labelOf(p, 'address'), street: street || extended || poBox, locality, region, postalCode, country };
        if (Object.values(address).slice(1).some((v) => v !== '')) record.addresses.push(address);
        break;
      }
      case 'LABEL':
        formattedAddresses.push(p);
        break;
      case 'BDAY':
        if (record.birthday === null) applyBirthday(record, p, text(p), ctx.warn);
        break;
      case 'URL': {
        const url = unescapeUri(raw(p)).trim();
        if (url !== '') record.websites.push(url);
        break;
      }
      case 'NOTE': {
        const note = text(p);
        if (note !== '' && !notes.includes(note)) notes.push(note);
        break;
      }
      case 'CATEGORIES':
        for (const tag of splitEscaped(raw(p), ',').map((t) => unescapeText(t).trim().replace(/^\* /, ''))) {
          if (!SYSTEM_GROUPS.has(tag.toLowerCase())) record.tags.push(tag);
        }
        break;
      case 'KIND':
        if (/^org(anization)?$/i.test(text(p))) record.kind = 'organization';
        break;
      case 'X-ABSHOWAS':
        if (/^company$/i.test(text(p))) record.kind = 'organization';
        break;
      case 'PHOTO': {
        if (record.photo !== null) break;
        const result = photoFromProperty(p, () => raw(p));
        if (result !== null && 'photo' in result) record.photo = result.photo;
        else if (result !== null) ctx.warn(`Line ${p.line}: ${result.problem}`);
        break;
      }
      default: {
        const key = customFieldKey(p.name);
        if (key !== undefined) addCustomField(record, fieldNameFromApple(groupLabel(p)) || key, customFieldValue(p.name, text(p)));
      }
    }
  }
  record.notes = notes.join('\n\n');
  // 2.1 files may carry only a formatted LABEL for an address.
  if (record.addresses.length === 0) {
    for (const p of formattedAddresses) {
      const street = text(p);
      if (street !== '') record.addresses.push({ label: labelOf(p, 'address'), street, locality: '', region: '', postalCode: '', country: '' });
    }
  }
  if (finishRecord(record)) return record;
  ctx.warn(`Line ${beginLine}: card has no name, email, phone or address; skipped.`);
  return null;
}
