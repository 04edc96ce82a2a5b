// Wall-clock time in an IANA zone without a time-zone library: Intl gives the zone's wall clock
// for an instant; the inverse picks the right offset around DST changes. "Wall ms" are epoch ms
// whose UTC fields read as the local wall time (rrule expands in that space, so 9:00 stays 9:00).
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at instant `ms`, as wall ms. */
export function wallOf(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const whole = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return whole + (((ms % 1000) + 1000) % 1000);
}

/**
 * The instant a wall time in `timeZone` names. A time that occurs twice (clocks going back) is
 * the first; one skipped by clocks going forward is read with the offset before the change
 * (RFC 5545 §3.3.5), which lands after the gap.
 */
export function instantOf(wallMs: number, timeZone: string): number {
  const before = wallOf(wallMs - DAY_MS / 2, timeZone) - (wallMs - DAY_MS / 2);
  const after = wallOf(wallMs + DAY_MS / 2, timeZone) - (wallMs + DAY_MS / 2);
  const candidates = [wallMs - before, wallMs - after].sort((a, b) => a - b);
  for (const candidate of candidates) if (wallOf(candidate, timeZone) === wallMs) return candidate;
  return wallMs - before;
}

/** 'YYYY-MM-DD' of a wall ms. */
export function isoDateOfWall(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

export function wallOfIsoDate(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The local date at instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  return isoDateOfWall(wallOf(ms, timeZone));
}

export function addDays(date: string, days: number): string {
  return isoDateOfWall(wallOfIsoDate(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((wallOfIsoDate(to) - wallOfIsoDate(from)) / DAY_MS);
}

// Day starts repeat across thousands of all-day reminders: remembered, in a bounded map.
const dayStarts = new Map<string, number>();

/** The instant a local day starts (usually midnight; later where midnight is skipped). */
export function startOfDay(date: string, timeZone: string): number {
  const key = `${date}|${timeZone}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = instantOf(wallOfIsoDate(date), timeZone);
    if (dayStarts.size >= 10_000) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}

/** The instant of `hour`:00 local on `date`. */
export function atLocalHour(date: string, hour: number, timeZone: string): number {
  return instantOf(wallOfIsoDate(date) + hour * 3_600_000, timeZone);
}
