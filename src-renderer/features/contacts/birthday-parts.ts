/** A birthday as the form edits it: day and month chosen, the year optional. Empty strings mean unset. */
export interface BirthdayParts {
  day: string;
  month: string;
  year: string;
}

export const NO_BIRTHDAY: BirthdayParts = { day: '', month: '', year: '' };

const BIRTHDAY_PATTERN = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

export function toBirthdayParts(birthday: string | null): BirthdayParts {
  const match = birthday ? BIRTHDAY_PATTERN.exec(birthday) : null;
  if (!match) return NO_BIRTHDAY;
  return { year: match[1] === '-' ? '' : (match[1] ?? ''), month: String(Number(match[2])), day: String(Number(match[3])) };
}

/** Days in a month; February has 29 when the year is unknown, so a leap-day birthday can be kept. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 'YYYY-MM-DD', '--MM-DD' without a year, null when empty, or 'invalid' for a date that does not exist. */
export function fromBirthdayParts(parts: BirthdayParts): string | null | 'invalid' {
  const year = parts.year.trim();
  if (!parts.day && !parts.month && !year) return null;
  const day = Number(parts.day);
  const month = Number(parts.month);
  if (!day || !month || (year && !/^\d{4}$/.test(year))) return 'invalid';
  if (day > daysInMonth(month, year ? Number(year) : undefined)) return 'invalid';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year || '-'}-${two(month)}-${two(day)}`;
}
