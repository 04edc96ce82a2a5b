// vCard properties a record has no field for but a user would miss: they become custom fields named
// by their Apple/Google label when grouped, else by what they are. Housekeeping properties (UID,
// REV, PRODID, X-MS-OL-DESIGN …) are not listed and are ignored.
import { parseDate } from './parse-date';

/** Property name → custom field key (used when the property has no X-ABLabel). */
const CUSTOM_PROPERTIES = new Map([
  ['ROLE', 'Role'],
  ['ANNIVERSARY', 'Anniversary'],
  ['X-ANNIVERSARY', 'Anniversary'],
  ['X-MS-ANNIVERSARY', 'Anniversary'],
  ['X-EVOLUTION-ANNIVERSARY', 'Anniversary'],
  ['X-WAB-WEDDING_ANNIVERSARY', 'Anniversary'],
  ['X-ABDATE', 'Date'],
  ['X-ABRELATEDNAMES', 'Related name'],
  ['RELATED', 'Related'],
  ['X-SPOUSE', 'Spouse'],
  ['X-WAB-SPOUSE_NAME', 'Spouse'],
  ['X-MS-MANAGER', 'Manager'],
  ['X-MANAGER', 'Manager'],
  ['X-MS-ASSISTANT', 'Assistant'],
  ['X-ASSISTANT', 'Assistant'],
  ['GENDER', 'Gender'],
  ['IMPP', 'Instant messaging'],
  ['X-AIM', 'AIM'],
  ['X-ICQ', 'ICQ'],
  ['X-JABBER', 'Jabber'],
  ['X-MSN', 'MSN'],
  ['X-YAHOO', 'Yahoo'],
  ['X-SKYPE', 'Skype'],
  ['X-SKYPE-USERNAME', 'Skype'],
  ['X-GOOGLE-TALK', 'Google Talk'],
  ['X-QQ', 'QQ'],
  ['X-PHONETIC-FIRST-NAME', 'Phonetic first name'],
  ['X-PHONETIC-MIDDLE-NAME', 'Phonetic middle name'],
  ['X-PHONETIC-LAST-NAME', 'Phonetic last name'],
  ['X-PHONETIC-ORG', 'Phonetic company'],
  ['X-CUSTOM1', 'Custom 1'],
  ['X-CUSTOM2', 'Custom 2'],
  ['X-CUSTOM3', 'Custom 3'],
  ['X-CUSTOM4', 'Custom 4'],
  // Written by Sampark for custom fields, always with an X-ABLabel naming the field.
  ['X-SAMPARK-FIELD', 'Custom'],
]);

const DATE_PROPERTIES = new Set(['ANNIVERSARY', 'X-ANNIVERSARY', 'X-MS-ANNIVERSARY', 'X-EVOLUTION-ANNIVERSARY', 'X-WAB-WEDDING_ANNIVERSARY', 'X-ABDATE']);

export function customFieldKey(propertyName: string): string | undefined {
  return CUSTOM_PROPERTIES.get(propertyName);
}

/** Dates are stored in the same form as birthdays when they parse, else as written. */
export function customFieldValue(propertyName: string, value: string): string {
  if (!DATE_PROPERTIES.has(propertyName)) return value;
  const parsed = parseDate(value);
  return 'date' in parsed ? parsed.date : value;
}
