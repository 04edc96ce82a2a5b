// Where a CSV column goes in a ContactRecord. Presets and header guesses produce these directly;
// a user's saved mapping (ParseOptions.csvMapping) names them with short strings:
//   'givenName' 'familyName' 'displayName' 'prefix' 'suffix' 'additionalNames' 'nickname'
//   'organization' 'department' 'title' 'notes' 'birthday' 'photo' (a URL) 'tags' 'ignore'
//   'emails' 'phones' 'websites'  — optionally with a label: 'phones:mobile', 'emails:work'
//   'addresses.street' | 'addresses.street2' | 'addresses.locality' | 'addresses.region'
//   'addresses.postalCode' | 'addresses.country' | 'addresses.poBox' — optionally ':home', ':work' …
//   'birthday.year' 'birthday.month' 'birthday.day'  (Thunderbird keeps them in three columns)
//   'customFields' (named after the column) or 'customFields:Name'

export type ScalarField =
  | 'displayName' | 'prefix' | 'givenName' | 'additionalNames' | 'familyName' | 'suffix' | 'nickname'
  | 'organization' | 'department' | 'title' | 'notes' | 'birthday' | 'photo';

export type AddressPart = 'street' | 'street2' | 'locality' | 'region' | 'postalCode' | 'country' | 'poBox' | 'extended' | 'formatted';

/** Columns sharing a `slot` describe one item: Google's `Phone 1 - Label` and `Phone 1 - Value`. */
export type ColumnTarget =
  | { to: 'scalar'; field: ScalarField }
  | { to: 'list'; list: 'emails' | 'phones' | 'websites'; slot: string; part: 'value' | 'label'; label: string }
  | { to: 'tags'; separator: RegExp }
  | { to: 'address'; slot: string; part: AddressPart | 'label'; label: string }
  | { to: 'birthdayPart'; part: 'year' | 'month' | 'day' }
  | { to: 'custom'; slot: string; part: 'value' | 'label'; key: string }
  | { to: 'ignore' };

const SCALARS = new Set<string>([
  'displayName', 'prefix', 'givenName', 'additionalNames', 'familyName', 'suffix', 'nickname',
  'organization', 'department', 'title', 'notes', 'birthday', 'photo',
]);
const ADDRESS_PARTS = new Set<string>(['street', 'street2', 'locality', 'region', 'postalCode', 'country', 'poBox', 'extended', 'formatted']);

/** Google joins several values in one cell with ' ::: '. */
export const MULTI_VALUE = / ::: /;

export const scalar = (field: ScalarField): ColumnTarget => ({ to: 'scalar', field });
export const custom = (key: string, slot = key, part: 'value' | 'label' = 'value'): ColumnTarget => ({ to: 'custom', slot, part, key });
export const IGNORE: ColumnTarget = { to: 'ignore' };

/** A user's mapping string → a target, or null when it names nothing we know. */
export function parseTargetSpec(spec: string, header: string): ColumnTarget | null {
  const [path = '', label = ''] = spec.trim().split(/:(.*)/s);
  const [field = '', part = ''] = path.split('.');
  if (field === 'ignore') return IGNORE;
  if (field === 'customFields') return custom(label.trim() || header, `user:${header}`);
  if (field === 'tags') return { to: 'tags', separator: /\s*(?: ::: |;)\s*/ };
  if (field === 'birthday' && (part === 'year' || part === 'month' || part === 'day')) return { to: 'birthdayPart', part };
  if (part === '' && SCALARS.has(field)) return scalar(field as ScalarField);
  if ((field === 'emails' || field === 'phones' || field === 'websites') && part === '') {
    return { to: 'list', list: field, slot: `user:${header}`, part: 'value', label: label.trim() };
  }
  if (field === 'addresses' && ADDRESS_PARTS.has(part)) {
    return { to: 'address', slot: `user:${label.trim()}`, part: part as AddressPart, label: label.trim() };
  }
  return null;
}

/** A target as a mapping string (the inverse of parseTargetSpec), for showing and editing a mapping. */
export function targetSpec(target: ColumnTarget): string {
  const labelled = (spec: string, label: string) => (label ? `${spec}:${label}` : spec);
  switch (target.to) {
    case 'scalar':
      return target.field;
    case 'list':
      return target.part === 'value' ? labelled(target.list, target.label) : 'ignore';
    case 'tags':
      return 'tags';
    case 'address':
      return target.part === 'label' ? 'ignore' : labelled(`addresses.${target.part}`, target.label);
    case 'birthdayPart':
      return `birthday.${target.part}`;
    case 'custom':
      return 'customFields';
    case 'ignore':
      return 'ignore';
  }
}
