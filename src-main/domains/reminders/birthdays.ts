// Birthdays (with or without a year) coming up, found by month and day through an expression
// index. A 29 February birthday falls on 28 February in other years.
import type { Birthday } from '../../../src-shared/contract/reminders';
import type { Sqlite } from '../../db/open-database';
import { birthdayGreeting } from './birthday-greetings';
import type { Clock } from './clock';
import { addDays, daysBetween, localDate } from './zoned-time';

interface BirthdayRow {
  contactId: string;
  contactName: string;
  birthday: string;
  preferredLanguage: string;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The date a birthday ('YYYY-MM-DD' or '--MM-DD') falls on in `year`. */
export function birthdayIn(birthday: string, year: number): string {
  const monthDay = birthday.slice(-5);
  return monthDay === '02-29' && !isLeap(year) ? `${year}-02-28` : `${year}-${monthDay}`;
}

/** The first date on or after `today` a birthday falls on. */
export function nextBirthday(birthday: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = birthdayIn(birthday, year);
  return thisYear >= today ? thisYear : birthdayIn(birthday, year + 1);
}

export type Birthdays = ReturnType<typeof createBirthdays>;

export function createBirthdays(sqlite: Sqlite, clock: Clock) {
  const byMonthDay = sqlite.prepare(
    `SELECT id AS contactId, display_name AS contactName, birthday, preferred_language AS preferredLanguage FROM contacts
     WHERE birthday IS NOT NULL AND archived_at_ms IS NULL AND substr(birthday, -5) BETWEEN ? AND ?`,
  );
  const withBirthday = sqlite.prepare(
    `SELECT id AS contactId, display_name AS contactName, birthday, preferred_language AS preferredLanguage FROM contacts
     WHERE birthday IS NOT NULL AND archived_at_ms IS NULL ORDER BY substr(birthday, -5), sort_key`,
  );

  function toBirthday(row: BirthdayRow, today: string): Birthday {
    const nextDate = nextBirthday(row.birthday, today);
    const year = row.birthday.startsWith('--') ? null : Number(row.birthday.slice(0, 4));
    const greeting = birthdayGreeting(row.contactName, row.preferredLanguage);
    return {
      contactId: row.contactId,
      contactName: row.contactName,
      birthday: row.birthday,
      nextDate,
      daysUntil: daysBetween(today, nextDate),
      turningAge: year === null ? null : Number(nextDate.slice(0, 4)) - year,
      greeting: greeting.text,
      greetingLanguage: greeting.language,
    };
  }

  /** Birthdays in the `days` days from `from` (default: today here), soonest first. */
  function upcoming(days: number, from = localDate(clock.now(), clock.timeZone())): Birthday[] {
    const last = addDays(from, days - 1);
    const [start, end] = [from.slice(5), last.slice(5)];
    // A window across New Year is two month-day ranges.
    const rows = (start <= end ? byMonthDay.all(start, end) : [...byMonthDay.all(start, '12-31'), ...byMonthDay.all('01-01', end)]) as BirthdayRow[];
    return rows
      .map((row) => toBirthday(row, from))
      .filter((b) => b.daysUntil < days)
      .sort((a, b) => a.daysUntil - b.daysUntil || a.contactName.localeCompare(b.contactName));
  }

  return {
    upcoming,
    /** Every contact's birthday (calendar export). */
    all(today = localDate(clock.now(), clock.timeZone())): Birthday[] {
      return (withBirthday.all() as BirthdayRow[]).map((row) => toBirthday(row, today));
    },
  };
}
