// Every instant is epoch milliseconds, so these tests need no time zone: the same numbers mean the
// same moment on every machine, and daylight-saving changes cannot move a target.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, overdueIfOpenedBefore, responseTarget } from './response-target';

const HOUR_MS = 3600_000;
const OPENED = Date.UTC(2026, 2, 29, 0, 30); // the night European clocks jump forward: irrelevant in ms

describe('time to the first-response target', () => {
  it('counts down to the target, is still due at the exact instant and overdue one millisecond later', () => {
    const clock = { openedAtMs: OPENED, firstResponseAtMs: null, priority: 'urgent' as const };
    const due = OPENED + 4 * HOUR_MS;
    expect(responseTarget(clock, DEFAULT_TARGETS, OPENED + HOUR_MS)).toEqual({ state: 'due', dueAtMs: due, remainingMs: 3 * HOUR_MS });
    expect(responseTarget(clock, DEFAULT_TARGETS, due)).toEqual({ state: 'due', dueAtMs: due, remainingMs: 0 });
    expect(responseTarget(clock, DEFAULT_TARGETS, due + 1)).toEqual({ state: 'overdue', dueAtMs: due, remainingMs: -1 });
    expect(responseTarget(clock, DEFAULT_TARGETS, due + 2 * HOUR_MS).remainingMs).toBe(-2 * HOUR_MS);
  });

  it('measures an answered case at its first response, whenever it is asked', () => {
    const onTime = { openedAtMs: OPENED, firstResponseAtMs: OPENED + 24 * HOUR_MS, priority: 'high' as const };
    expect(responseTarget(onTime, DEFAULT_TARGETS, OPENED + 1000 * HOUR_MS)).toEqual({ state: 'met', dueAtMs: OPENED + 24 * HOUR_MS, remainingMs: 0 });
    const late = { ...onTime, firstResponseAtMs: OPENED + 24 * HOUR_MS + 1 };
    expect(responseTarget(late, DEFAULT_TARGETS, OPENED).state).toBe('late');
  });

  it('follows the target of the priority, and a changed target', () => {
    const clock = { openedAtMs: OPENED, firstResponseAtMs: null, priority: 'low' as const };
    expect(responseTarget(clock, DEFAULT_TARGETS, OPENED).dueAtMs).toBe(OPENED + 72 * HOUR_MS);
    expect(responseTarget(clock, { ...DEFAULT_TARGETS, low: 30 }, OPENED).dueAtMs).toBe(OPENED + 30 * 60_000);
    expect(overdueIfOpenedBefore('normal', DEFAULT_TARGETS, OPENED)).toBe(OPENED - 48 * HOUR_MS);
  });
});
