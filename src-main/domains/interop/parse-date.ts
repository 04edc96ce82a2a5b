// Birthdays as the files write them → 'YYYY-MM-DD' or '--MM-DD' (no year). Covers vCard basic and
// extended forms (with or without a time), 4.0 `--MMDD`, Apple's X-APPLE-OMIT-YEAR, and the
// spreadsheet forms in CSV exports (`22.03.1980`, `3/22/1980`, `1980/03/22`). Sentinels such as
// `0/0/00` (Outlook's "no date") are empty, not errors.

export type DateOrder = 'mdy' | 'dmy';

export type ParsedDate = { date: string } | { empty: true } | { invalid: true };

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    const leap = year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function twoDigitYear(yy: number): number {
  const pivot = new Date().getUTCFullYear() % 100;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/** Validates and formats; a null year means the birthday has no year. */
export function formatDate(year: number | null, month: number, day: number): ParsedDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) return { invalid: true };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(month, year)) return { invalid: true };
  if (year === null || year === 0) return { date: `--${pad(month)}-${pad(day)}` };
  if (year < 1000 || year > 9999) return { invalid: true };
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

export function parseDate(raw: string, options: { omitYear?: string; order?: DateOrder } = {}): ParsedDate {
  const text = raw.trim();
  if (text === '' || /^0+(?:[-/.]0+)*$/.test(text)) return { empty: true };
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.+\-Z]*)?$/i.exec(text);
  if (m !== null) {
    const omitted = options.omitYear !== undefined && m[1] === options.omitYear.trim();
    return formatDate(omitted ? null : Number(m[1]), Number(m[2]), Number(m[3]));
  }
  m = /^--(\d{2})-?(\d{2})(?:T[\d:.+\-Z]*)?$/i.exec(text);
  if (m !== null) return formatDate(null, Number(m[1]), Number(m[2]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m !== null) return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m !== null) {
    const year = m[4]!.length === 2 ? twoDigitYear(Number(m[4])) : Number(m[4]);
    const dayFirst = m[2] !== '/' || options.order === 'dmy';
    let [month, day] = dayFirst ? [Number(m[3]), Number(m[1])] : [Number(m[1]), Number(m[3])];
    // 22/03/1980 cannot be month/day whatever the locale said.
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return formatDate(year, month, day);
  }
  return { invalid: true };
}
