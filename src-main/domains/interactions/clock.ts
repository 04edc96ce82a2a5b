// The clock port: every rule that depends on "now" or on the calendar (stay-in-touch days late,
// the fatigue window) reads time from here, so tests can move time and change time zones.
export interface Clock {
  now(): number;
  /** IANA zone whose calendar days count (e.g. 'Asia/Kolkata'). */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/** A clock that stands still until told otherwise (tests). */
export function fixedClock(atMs: number, timeZone = 'UTC'): Clock & { set(ms: number): void } {
  let current = atMs;
  return { now: () => current, timeZone: () => timeZone, set: (ms) => void (current = ms) };
}
