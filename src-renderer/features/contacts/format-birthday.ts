/**
 * A birthday in the reader's locale: "15 August 1990", or "15 August" when the year is unknown.
 * Formatted in UTC from a leap year, so 29 February survives without a year.
 */
export function formatBirthday(birthday: string, locale: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(birthday);
  if (!match) return birthday;
  const hasYear = match[1] !== '-';
  const date = Date.UTC(hasYear ? Number(match[1]) : 2000, Number(match[2]) - 1, Number(match[3]));
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', ...(hasYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  return format.format(date);
}
