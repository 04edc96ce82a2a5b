// What a CSV column can be mapped to in the mapping step: the core's mapping strings
// (src-main/domains/interop/csv-targets.ts) with the catalogue key of their label.
import type { TFunction } from 'i18next';

export const FIELD_OPTIONS: readonly { spec: string; key: string }[] = [
  { spec: 'ignore', key: 'ignore' },
  { spec: 'displayName', key: 'displayName' },
  { spec: 'givenName', key: 'givenName' },
  { spec: 'familyName', key: 'familyName' },
  { spec: 'additionalNames', key: 'additionalNames' },
  { spec: 'prefix', key: 'prefix' },
  { spec: 'suffix', key: 'suffix' },
  { spec: 'nickname', key: 'nickname' },
  { spec: 'organization', key: 'organization' },
  { spec: 'department', key: 'department' },
  { spec: 'title', key: 'title' },
  { spec: 'emails', key: 'email' },
  { spec: 'emails:work', key: 'emailWork' },
  { spec: 'emails:home', key: 'emailHome' },
  { spec: 'phones', key: 'phone' },
  { spec: 'phones:mobile', key: 'phoneMobile' },
  { spec: 'phones:work', key: 'phoneWork' },
  { spec: 'phones:home', key: 'phoneHome' },
  { spec: 'websites', key: 'website' },
  { spec: 'addresses.street', key: 'street' },
  { spec: 'addresses.street2', key: 'street2' },
  { spec: 'addresses.locality', key: 'locality' },
  { spec: 'addresses.region', key: 'region' },
  { spec: 'addresses.postalCode', key: 'postalCode' },
  { spec: 'addresses.country', key: 'country' },
  { spec: 'birthday', key: 'birthday' },
  { spec: 'tags', key: 'tags' },
  { spec: 'notes', key: 'notes' },
  { spec: 'customFields', key: 'customField' },
];
const KEY_OF = new Map(FIELD_OPTIONS.map((o) => [o.spec, o.key]));

/** The label of a mapping string; a guess outside the list (e.g. 'addresses.street:home') shows its base and label. */
export function fieldLabel(t: TFunction, spec: string): string {
  const key = KEY_OF.get(spec);
  if (key) return t(`imports.fields.${key}`);
  const [base = '', label = ''] = spec.split(/:(.*)/s);
  const baseKey = KEY_OF.get(base);
  return baseKey ? `${t(`imports.fields.${baseKey}`)} (${label})` : spec;
}
