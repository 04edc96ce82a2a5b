// The response clock as a phrase: Intl.RelativeTimeFormat says "in 3 hr." or "2 hr. ago" in the UI
// language; this picks the unit. Durations are plain milliseconds, so no time zone is involved.
import type { CaseSummary } from '../../../src-shared/contract/cases';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Minutes under an hour, hours under two days, else days; rounded away from "now" so "due in 0" never shows. */
export function relativeParts(deltaMs: number): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const abs = Math.abs(deltaMs);
  const sign = deltaMs < 0 ? -1 : 1;
  if (abs < HOUR_MS) return { value: sign * Math.max(1, Math.round(abs / MINUTE_MS)), unit: 'minute' };
  if (abs < 2 * DAY_MS) return { value: sign * Math.round(abs / HOUR_MS), unit: 'hour' };
  return { value: sign * Math.round(abs / DAY_MS), unit: 'day' };
}

/** The response state seen from `nowMs` (the list may have been loaded a while ago). */
export function responseNow(c: Pick<CaseSummary, 'response' | 'firstResponseAtMs'>, nowMs: number): { state: CaseSummary['response']['state']; deltaMs: number } {
  if (c.firstResponseAtMs !== null) return { state: c.response.state, deltaMs: c.response.remainingMs };
  const deltaMs = c.response.dueAtMs - nowMs;
  return { state: deltaMs >= 0 ? 'due' : 'overdue', deltaMs };
}

export function formatRelative(locale: string, deltaMs: number): string {
  const { value, unit } = relativeParts(deltaMs);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' }).format(value, unit);
}
