// Calendar days in a time zone, so "every 30 days" and "3 days late" follow the wall calendar
// across daylight-saving changes (a 23- or 25-hour day is still one day).
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/** Days since 1970-01-01 of the calendar date `ms` falls on in `timeZone`. */
export function dayNumber(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/** The first instant of calendar day `day` in `timeZone` (DST-aware: found by correcting the UTC guess). */
export function startOfDayMs(day: number, timeZone: string): number {
  let guess = day * DAY_MS;
  for (let i = 0; i < 3; i++) {
    const offset = zoneOffsetMs(guess, timeZone);
    const candidate = day * DAY_MS - offset;
    if (candidate === guess) break;
    guess = candidate;
  }
  return guess;
}

function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

export { DAY_MS };
