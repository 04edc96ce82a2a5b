// Best-effort meaning of a header in a CSV no preset recognises (a spreadsheet someone kept by hand):
// 'Mobile No', 'E-mail ID', 'Company', 'PIN code', 'DOB' … Anything unclear becomes a custom field
// the user can re-map in the preview.
import { custom, scalar, type AddressPart, type ColumnTarget } from './csv-targets';

const NAME_RULES: [RegExp, ColumnTarget][] = [
  [/^(first|given|fore) ?name$|^first$/, scalar('givenName')],
  [/^(last|family|sur) ?name$|^last$/, scalar('familyName')],
  [/^(middle|additional) ?names?$/, scalar('additionalNames')],
  [/^(full |display |contact |person )?name$/, scalar('displayName')],
  [/salutation|prefix/, scalar('prefix')],
  [/suffix/, scalar('suffix')],
  [/nick/, scalar('nickname')],
  [/^(company|organi[sz]ation|business|firm|employer)( name)?$/, scalar('organization')],
  [/department|^dept/, scalar('department')],
  [/job|position|designation|^title$|^role$/, scalar('title')],
  [/birth|^dob$|^bday$/, scalar('birthday')],
  [/note|comment|remark/, scalar('notes')],
  [/^(tags?|labels?|groups?|categor(y|ies))$/, { to: 'tags', separator: /\s*(?: ::: |;|,)\s*/ }],
];

const ADDRESS_RULES: [RegExp, AddressPart][] = [
  [/(address|street|addr)( line)? ?2$/, 'street2'],
  [/street|address|addr/, 'street'],
  [/city|town|village|locality/, 'locality'],
  [/state|province|region|county/, 'region'],
  [/zip|postal|post ?code|pin ?code/, 'postalCode'],
  [/country/, 'country'],
];

const PLACE = /^(home|work|office|business|personal)\b\s*/;
const PLACE_LABEL = new Map([['home', 'home'], ['personal', 'home'], ['work', 'work'], ['office', 'work'], ['business', 'work']]);

function phoneLabel(header: string, place: string): string {
  if (/mobile|cell|whatsapp/.test(header)) return 'mobile';
  if (/fax/.test(header)) return place === '' ? 'fax' : `${place} fax`;
  return place;
}

export function guessColumn(rawHeader: string): ColumnTarget {
  const header = rawHeader.toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  const placeMatch = PLACE.exec(header);
  const place = placeMatch === null ? '' : (PLACE_LABEL.get(placeMatch[1]!) ?? '');
  const rest = placeMatch === null ? header : header.slice(placeMatch[0].length);
  if (/e-?mail/.test(header)) return { to: 'list', list: 'emails', slot: header, part: 'value', label: place };
  if (/phone|mobile|cell|tel\b|telephone|fax|whatsapp|contact (no|number)/.test(header)) {
    return { to: 'list', list: 'phones', slot: header, part: 'value', label: phoneLabel(header, place) };
  }
  if (/web|url|site|homepage/.test(header)) return { to: 'list', list: 'websites', slot: header, part: 'value', label: '' };
  if (place === '' || rest === '') for (const [pattern, target] of NAME_RULES) if (pattern.test(header)) return target;
  for (const [pattern, part] of ADDRESS_RULES) {
    if (pattern.test(rest)) return { to: 'address', slot: `guess:${place}`, part, label: place };
  }
  return custom(rawHeader.trim() || 'Custom', `column:${rawHeader}`);
}

export function isRecognised(target: ColumnTarget): boolean {
  return target.to !== 'custom' && target.to !== 'ignore';
}
