// Recurring reminders with RRULE semantics (RFC 5545) through the rrule package, expanded in
// wall-clock space (see zoned-time.ts) so "every Monday 9:00" stays 9:00 across DST. Every
// expansion is bounded: a rule that never ends, or never matches, cannot run away.
import { RRule, type Options } from 'rrule';
import type { Due } from '../../../src-shared/contract/reminders';
import { AppError } from '../../rpc/app-error';
import { instantOf, isoDateOfWall, wallOf, wallOfIsoDate } from './zoned-time';

const ALLOWED_FREQ = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);
/** How far ahead the next occurrence is looked for (a yearly Feb 29 needs up to 8 years). */
const HORIZON_MS = 30 * 366 * 86_400_000;
/** Most occurrences one expansion returns. */
export const MAX_OCCURRENCES = 100_000;

// Rules repeat (a few kinds across thousands of reminders): each distinct one is checked once.
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 500;

/** Parses and checks an RRULE; returns it normalized ('' for none). Throws invalid_input. */
export function normalizeRule(rule: string): string {
  const known = normalized.get(rule);
  if (known !== undefined) return known;
  const result = checkRule(rule);
  if (normalized.size >= MAX_REMEMBERED) normalized.clear();
  normalized.set(rule, result);
  return result;
}

function checkRule(rule: string): string {
  const text = rule.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (text === '') return '';
  const parts = text.split(';').filter(Boolean);
  for (const part of parts) {
    const name = part.split('=')[0]!.toUpperCase();
    if (!ALLOWED_PARTS.has(name)) throw new AppError('invalid_input', `rrule: ${name} is not supported (daily, weekly, monthly or yearly rules only)`);
  }
  let options: Partial<Options>;
  try {
    options = RRule.parseString(text);
  } catch {
    throw new AppError('invalid_input', `rrule: "${rule}" is not a valid RRULE`);
  }
  if (options.freq === undefined || !ALLOWED_FREQ.has(options.freq)) {
    throw new AppError('invalid_input', 'rrule: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 1000)) {
    throw new AppError('invalid_input', 'rrule: INTERVAL must be from 1 to 1000');
  }
  if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > 100_000)) {
    throw new AppError('invalid_input', 'rrule: COUNT must be from 1 to 100000');
  }
  const isDailyOrWeekly = options.freq === RRule.DAILY || options.freq === RRule.WEEKLY;
  if (isDailyOrWeekly && (/[+-]?\d+(MO|TU|WE|TH|FR|SA|SU)/.test(text.split('BYDAY=')[1]?.split(';')[0] ?? '') || /BYSETPOS=/.test(text))) {
    throw new AppError('invalid_input', 'rrule: numbered weekdays and BYSETPOS need a monthly or yearly rule');
  }
  if (!hasSomeDay(options)) throw new AppError('invalid_input', 'rrule: this rule never happens (no date matches it)');
  return RRule.optionsToString(options).replace(/^RRULE:/, '');
}

/**
 * Whether any date at all passes the rule's month, day-of-month and weekday filters, checked over
 * one 28-year calendar cycle. rrule searches up to year 9999 for a rule that matches nothing
 * (30 February), which takes many seconds: such a rule is refused here instead.
 */
function hasSomeDay(options: Partial<Options>): boolean {
  const months = asList(options.bymonth);
  const monthDays = asList(options.bymonthday);
  const weekdays = asList(options.byweekday as unknown as Array<number | { weekday: number }> | undefined).map((w) => (typeof w === 'number' ? w : w.weekday));
  for (let ms = Date.UTC(2000, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 86_400_000) {
    const day = new Date(ms);
    const month = day.getUTCMonth() + 1;
    const dayOfMonth = day.getUTCDate();
    const monthLength = new Date(Date.UTC(day.getUTCFullYear(), month, 0)).getUTCDate();
    if (months.length && !months.includes(month)) continue;
    if (monthDays.length && !monthDays.includes(dayOfMonth) && !monthDays.includes(dayOfMonth - monthLength - 1)) continue;
    // rrule numbers weekdays from Monday = 0.
    if (weekdays.length && !weekdays.includes((day.getUTCDay() + 6) % 7)) continue;
    return true;
  }
  return false;
}

function asList<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function isEndless(rule: string): boolean {
  return rule !== '' && !/(^|;)(COUNT|UNTIL)=/i.test(rule);
}

/** The wall-clock ms of a due (all-day dates at 00:00). */
function wallOfDue(due: Due): number {
  return due.kind === 'date' ? wallOfIsoDate(due.date) : wallOf(due.atMs, due.timeZone);
}

function dueOfWall(wallMs: number, like: Due): Due {
  return like.kind === 'date' ? { kind: 'date', date: isoDateOfWall(wallMs) } : { kind: 'time', atMs: instantOf(wallMs, like.timeZone), timeZone: like.timeZone };
}

function ruleFrom(rule: string, start: Due): RRule {
  return new RRule({ ...RRule.parseString(rule), dtstart: new Date(wallOfDue(start)), tzid: null });
}

/**
 * Occurrences of a series starting at `start`, strictly after `after` (a due of the same kind, or
 * the series start itself when omitted: then the start is included), at most `limit`.
 */
export function occurrences(rule: string, start: Due, options: { after?: Due; limit: number; untilWallMs?: number }): Due[] {
  const limit = Math.min(options.limit, MAX_OCCURRENCES);
  const recurrence = ruleFrom(rule, start);
  const fromWall = options.after ? wallOfDue(options.after) : wallOfDue(start) - 1;
  const toWall = Math.min(options.untilWallMs ?? Number.POSITIVE_INFINITY, fromWall + HORIZON_MS);
  const found = recurrence.between(new Date(fromWall), new Date(toWall), false, (_date, index) => index < limit);
  return found.slice(0, limit).map((date) => dueOfWall(date.getTime(), start));
}

/** The first occurrence after `after`, or null when the series is over (or none within the horizon). */
export function nextOccurrence(rule: string, start: Due, after: Due): Due | null {
  return occurrences(rule, start, { after, limit: 1 })[0] ?? null;
}

/** Every occurrence from the start whose wall time is before `beforeWallMs` (bounded). */
export function occurrencesBefore(rule: string, start: Due, beforeWallMs: number, limit: number): Due[] {
  return occurrences(rule, start, { limit, untilWallMs: beforeWallMs });
}

export { wallOfDue };
