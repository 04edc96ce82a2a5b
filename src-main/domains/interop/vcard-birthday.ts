// BDAY in all its spellings (see parse-date.ts); Apple marks a year-less birthday with
// X-APPLE-OMIT-YEAR=<the placeholder year it wrote>. A 4.0 text birthday ("circa 1800") is no date.
import type { ContactRecord } from './contact-record';
import { parseDate } from './parse-date';
import type { ContentLine } from './vcard-content-line';

export function applyBirthday(record: ContactRecord, property: ContentLine, value: string, warn: (message: string) => void): void {
  if (property.params.valueType === 'text') {
    if (value !== '') warn(`Line ${property.line}: birthday '${value}' is text, not a date; not imported.`);
    return;
  }
  const parsed = parseDate(value, { omitYear: property.params.other['X-APPLE-OMIT-YEAR'] });
  if ('date' in parsed) record.birthday = parsed.date;
  else if ('invalid' in parsed) warn(`Line ${property.line}: birthday '${value}' is not a valid date; not imported.`);
}
