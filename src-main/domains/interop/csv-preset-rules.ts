// Column names of the CSV exports people actually bring: Google Contacts (current and pre-2024),
// Outlook (and tools imitating it) and Thunderbird. Headers are matched lower-cased and trimmed; a
// column no rule knows becomes a custom field named after its header.
import type { CsvPreset } from './contact-record';
import { custom, IGNORE, scalar, type AddressPart, type ColumnTarget, type ScalarField } from './csv-targets';

type Rule = (header: string) => ColumnTarget | undefined;

const named = (entries: [string, ScalarField | ColumnTarget][]): Rule => {
  const map = new Map(entries.map(([header, target]) => [header, typeof target === 'string' ? scalar(target) : target]));
  return (header) => map.get(header);
};

const LISTS = new Map([['e-mail', 'emails'], ['phone', 'phones'], ['website', 'websites']] as const);
const GOOGLE_ADDRESS = new Map<string, AddressPart | 'label'>([
  ['label', 'label'], ['type', 'label'], ['formatted', 'formatted'], ['street', 'street'], ['city', 'locality'],
  ['po box', 'poBox'], ['region', 'region'], ['postal code', 'postalCode'], ['country', 'country'], ['extended address', 'extended'],
]);
const GOOGLE_CUSTOM = new Map([['custom field', 'Custom'], ['relation', 'Relation'], ['event', 'Event'], ['im', 'IM']]);

/** Google's numbered groups: `E-mail 1 - Label`, `Address 2 - City`, `Custom Field 1 - Value` … */
const googleGroups: Rule = (header) => {
  let m = /^(e-mail|phone|website) (\d+) - (label|type|value)$/.exec(header);
  if (m !== null) {
    return { to: 'list', list: LISTS.get(m[1] as 'e-mail')!, slot: `${m[1]} ${m[2]}`, part: m[3] === 'value' ? 'value' : 'label', label: '' };
  }
  m = /^address (\d+) - (.+)$/.exec(header);
  const addressPart = m === null ? undefined : GOOGLE_ADDRESS.get(m[2]!);
  if (m !== null && addressPart !== undefined) return { to: 'address', slot: `address ${m[1]}`, part: addressPart, label: '' };
  m = /^(custom field|relation|event|im) (\d+) - (label|type|value|service)$/.exec(header);
  if (m === null) return undefined;
  if (m[3] === 'service') return IGNORE;
  return custom(GOOGLE_CUSTOM.get(m[1]!)!, `${m[1]} ${m[2]}`, m[3] === 'value' ? 'value' : 'label');
};

const GOOGLE_LABELS: ColumnTarget = { to: 'tags', separator: / ::: / };

const google = named([
  ['first name', 'givenName'], ['middle name', 'additionalNames'], ['last name', 'familyName'],
  ['name prefix', 'prefix'], ['name suffix', 'suffix'], ['nickname', 'nickname'], ['file as', 'displayName'],
  ['organization name', 'organization'], ['organization title', 'title'], ['organization department', 'department'],
  ['birthday', 'birthday'], ['notes', 'notes'], ['photo', 'photo'], ['labels', GOOGLE_LABELS],
]);

const googleOld = named([
  ['name', 'displayName'], ['given name', 'givenName'], ['additional name', 'additionalNames'], ['family name', 'familyName'],
  ['name prefix', 'prefix'], ['name suffix', 'suffix'], ['nickname', 'nickname'], ['birthday', 'birthday'],
  ['notes', 'notes'], ['photo', 'photo'], ['group membership', GOOGLE_LABELS],
  ['organization 1 - name', 'organization'], ['organization 1 - title', 'title'], ['organization 1 - department', 'department'],
  ['organization 1 - type', IGNORE],
]);

const OUTLOOK_PLACES = new Map([['business', 'work'], ['home', 'home'], ['other', 'other']]);
const OUTLOOK_ADDRESS = new Map<string, AddressPart>([
  ['street', 'street'], ['street 2', 'street2'], ['street 3', 'street2'], ['city', 'locality'], ['state', 'region'],
  ['postal code', 'postalCode'], ['country/region', 'country'], ['country', 'country'], ['po box', 'poBox'],
  ['address po box', 'poBox'], ['address', 'formatted'],
]);
const OUTLOOK_PHONES = new Map([
  ["assistant's phone", 'assistant'], ['business fax', 'work fax'], ['business phone', 'work'], ['business phone 2', 'work'],
  ['callback', 'callback'], ['car phone', 'car'], ['company main phone', 'main'], ['home fax', 'home fax'],
  ['home phone', 'home'], ['home phone 2', 'home'], ['isdn', 'isdn'], ['mobile phone', 'mobile'], ['other fax', 'other fax'],
  ['other phone', 'other'], ['pager', 'pager'], ['primary phone', 'main'], ['radio phone', 'radio'], ['tty/tdd phone', 'tty'],
  ['telex', 'telex'],
]);

const outlookNames = named([
  ['title', 'prefix'], ['first name', 'givenName'], ['middle name', 'additionalNames'], ['last name', 'familyName'],
  ['suffix', 'suffix'], ['nickname', 'nickname'], ['name', 'displayName'], ['company', 'organization'],
  ['department', 'department'], ['job title', 'title'], ['birthday', 'birthday'], ['notes', 'notes'],
  ['categories', { to: 'tags', separator: /\s*;\s*/ }],
]);

const outlook: Rule = (header) => {
  const byName = outlookNames(header);
  if (byName !== undefined) return byName;
  const phone = OUTLOOK_PHONES.get(header);
  if (phone !== undefined) return { to: 'list', list: 'phones', slot: header, part: 'value', label: phone };
  if (/^e-mail( \d+)? address$/.test(header)) return { to: 'list', list: 'emails', slot: header, part: 'value', label: '' };
  if (/^e-mail( \d+)? (type|display name)$/.test(header)) return IGNORE;
  if (/^(personal )?web page$/.test(header)) return { to: 'list', list: 'websites', slot: header, part: 'value', label: '' };
  const m = /^(business|home|other) (.+)$/.exec(header);
  const place = m === null ? undefined : OUTLOOK_PLACES.get(m[1]!);
  const part = m === null ? undefined : OUTLOOK_ADDRESS.get(m[2]!);
  return place !== undefined && part !== undefined ? { to: 'address', slot: place, part, label: place } : undefined;
};

const TB_PHONES = new Map([['work phone', 'work'], ['home phone', 'home'], ['fax number', 'fax'], ['pager number', 'pager'], ['mobile number', 'mobile']]);
const TB_ADDRESS = new Map<string, AddressPart>([['address', 'street'], ['address 2', 'street2'], ['city', 'locality'], ['state', 'region'], ['zipcode', 'postalCode'], ['country', 'country']]);

const thunderbirdNames = named([
  ['first name', 'givenName'], ['last name', 'familyName'], ['display name', 'displayName'], ['nickname', 'nickname'],
  ['job title', 'title'], ['department', 'department'], ['organization', 'organization'], ['notes', 'notes'],
  ['birth year', { to: 'birthdayPart', part: 'year' }], ['birth month', { to: 'birthdayPart', part: 'month' }],
  ['birth day', { to: 'birthdayPart', part: 'day' }],
]);

const thunderbird: Rule = (header) => {
  const byName = thunderbirdNames(header);
  if (byName !== undefined) return byName;
  if (header === 'primary email' || header === 'secondary email') return { to: 'list', list: 'emails', slot: header, part: 'value', label: '' };
  const phone = TB_PHONES.get(header);
  if (phone !== undefined) return { to: 'list', list: 'phones', slot: header, part: 'value', label: phone };
  if (/^web page \d$/.test(header)) return { to: 'list', list: 'websites', slot: header, part: 'value', label: '' };
  const m = /^(home|work) (.+)$/.exec(header);
  const part = m === null ? undefined : TB_ADDRESS.get(m[2]!);
  return m !== null && part !== undefined ? { to: 'address', slot: m[1]!, part, label: m[1]! } : undefined;
};

export const PRESET_RULES: Record<Exclude<CsvPreset, 'generic'>, Rule> = {
  google: (header) => google(header) ?? googleGroups(header),
  'google-old': (header) => googleOld(header) ?? googleGroups(header),
  outlook,
  thunderbird,
};
