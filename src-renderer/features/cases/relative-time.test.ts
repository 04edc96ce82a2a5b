import { describe, expect, it } from 'vitest';
import { formatRelative, relativeParts, responseNow } from './relative-time';

const HOUR_MS = 3600_000;

describe('response clock phrases', () => {
  it('picks minutes, hours or days and keeps the sign', () => {
    expect(relativeParts(3 * HOUR_MS)).toEqual({ value: 3, unit: 'hour' });
    expect(relativeParts(-2 * HOUR_MS)).toEqual({ value: -2, unit: 'hour' });
    expect(relativeParts(20_000)).toEqual({ value: 1, unit: 'minute' });
    expect(relativeParts(-59 * 60_000)).toEqual({ value: -59, unit: 'minute' });
    expect(relativeParts(72 * HOUR_MS)).toEqual({ value: 3, unit: 'day' });
  });

  it('reads in the UI language', () => {
    expect(formatRelative('en-IN', 3 * HOUR_MS)).toMatch(/^in 3 hr\.?$/);
    expect(formatRelative('en-IN', -2 * HOUR_MS)).toMatch(/^2 hr\.? ago$/);
    expect(formatRelative('hi-IN', 3 * HOUR_MS)).toMatch(/3/);
  });

  it('re-measures an unanswered case against the current time, and keeps an answered one', () => {
    const open = { firstResponseAtMs: null, response: { state: 'due' as const, dueAtMs: 10 * HOUR_MS, remainingMs: HOUR_MS } };
    expect(responseNow(open, 10 * HOUR_MS)).toEqual({ state: 'due', deltaMs: 0 });
    expect(responseNow(open, 12 * HOUR_MS)).toEqual({ state: 'overdue', deltaMs: -2 * HOUR_MS });
    const answered = { firstResponseAtMs: 1, response: { state: 'late' as const, dueAtMs: 0, remainingMs: -1 } };
    expect(responseNow(answered, 99 * HOUR_MS)).toEqual({ state: 'late', deltaMs: -1 });
  });
});
