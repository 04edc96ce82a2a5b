import { describe, expect, it } from 'vitest';
import type { Due } from '../../../src-shared/contract/reminders';
import { isEndless, MAX_OCCURRENCES, nextOccurrence, normalizeRule, occurrences } from './recurrence';
import { instantOf, localDate, wallOf } from './zoned-time';

const date = (d: string): Due => ({ kind: 'date', date: d });
const dates = (list: Due[]) => list.map((d) => (d.kind === 'date' ? d.date : new Date(d.atMs).toISOString()));

describe('RRULE expansion', () => {
  it('expands daily, weekly on weekdays, monthly and yearly rules with interval, until and count', () => {
    expect(dates(occurrences('FREQ=DAILY;INTERVAL=2;COUNT=3', date('2026-03-30'), { limit: 10 }))).toEqual(['2026-03-30', '2026-04-01', '2026-04-03']);
    expect(dates(occurrences('FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260410', date('2026-03-30'), { limit: 10 }))).toEqual([
      '2026-03-30', '2026-04-01', '2026-04-03', '2026-04-06', '2026-04-08', '2026-04-10',
    ]);
    // The 31st exists only in some months; RFC 5545 skips the others.
    expect(dates(occurrences('FREQ=MONTHLY;BYMONTHDAY=31', date('2026-01-31'), { limit: 4 }))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(dates(occurrences('FREQ=YEARLY', date('2024-02-29'), { limit: 2 }))).toEqual(['2024-02-29', '2028-02-29']);
    expect(dates(occurrences('FREQ=MONTHLY;BYDAY=-1FR', date('2026-01-30'), { limit: 3 }))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('is safe with a rule that never ends or never matches', () => {
    const endless = 'FREQ=DAILY';
    expect(isEndless(endless)).toBe(true);
    // Asked for millions, it stops at its horizon (30 years of days) and its cap.
    const many = occurrences(endless, date('2026-01-01'), { limit: 5_000_000 });
    expect(many.length).toBeGreaterThan(10_900);
    expect(many.length).toBeLessThanOrEqual(Math.min(MAX_OCCURRENCES, 30 * 366));
    // 30 February never comes: refused up front (rrule alone would search up to the year 9999).
    expect(() => normalizeRule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toThrow(/never happens/);
    expect(() => normalizeRule('FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31')).toThrow(/never happens/);
    expect(normalizeRule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO')).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO');
    expect(normalizeRule('FREQ=MONTHLY;BYMONTHDAY=-1')).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(() => normalizeRule('FREQ=WEEKLY;BYDAY=1MO')).toThrow(/monthly or yearly/);
    expect(nextOccurrence('FREQ=DAILY;COUNT=2', date('2026-01-01'), date('2026-01-02'))).toBeNull();
  });

  it('normalizes rules and refuses what it cannot repeat', () => {
    expect(normalizeRule('RRULE:freq=weekly;byday=mo')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(normalizeRule('  ')).toBe('');
    expect(() => normalizeRule('FREQ=HOURLY')).toThrow(/DAILY, WEEKLY, MONTHLY or YEARLY/);
    expect(() => normalizeRule('FREQ=DAILY;BYHOUR=9')).toThrow(/BYHOUR is not supported/);
    expect(() => normalizeRule('FREQ=DAILY;INTERVAL=0')).toThrow(/INTERVAL/);
    expect(() => normalizeRule('nonsense')).toThrow(/not supported|not a valid/);
  });
});

describe('time zones and DST', () => {
  it('keeps 9:00 local across the spring and autumn changes in London', () => {
    const start: Due = { kind: 'time', atMs: Date.parse('2026-03-27T09:00:00Z'), timeZone: 'Europe/London' };
    const got = occurrences('FREQ=DAILY;COUNT=4', start, { limit: 10 });
    expect(dates(got)).toEqual(['2026-03-27T09:00:00.000Z', '2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z']);
    const autumn: Due = { kind: 'time', atMs: Date.parse('2026-10-24T08:00:00Z'), timeZone: 'Europe/London' };
    expect(dates(occurrences('FREQ=DAILY;COUNT=2', autumn, { limit: 2 }))).toEqual(['2026-10-24T08:00:00.000Z', '2026-10-25T09:00:00.000Z']);
  });

  it('keeps a weekly New York meeting at its local time and India (no DST) fixed', () => {
    const ny: Due = { kind: 'time', atMs: Date.parse('2026-03-02T15:30:00Z'), timeZone: 'America/New_York' }; // 10:30 EST
    const got = occurrences('FREQ=WEEKLY;COUNT=3', ny, { limit: 2, after: ny });
    expect(dates(got)).toEqual(['2026-03-09T14:30:00.000Z', '2026-03-16T14:30:00.000Z']); // 10:30 EDT
    const india: Due = { kind: 'time', atMs: Date.parse('2026-03-28T03:30:00Z'), timeZone: 'Asia/Kolkata' };
    expect(dates(occurrences('FREQ=DAILY;COUNT=2', india, { limit: 2 }))).toEqual(['2026-03-28T03:30:00.000Z', '2026-03-29T03:30:00.000Z']);
  });

  it('maps wall times in gaps and overlaps the RFC 5545 way', () => {
    // 01:30 on 29 March 2026 does not exist in London: read with the offset before, it is 02:30 BST.
    expect(new Date(instantOf(Date.parse('2026-03-29T01:30:00Z'), 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 on 25 October happens twice: the first (BST) is meant.
    expect(new Date(instantOf(Date.parse('2026-10-25T01:30:00Z'), 'Europe/London')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(wallOf(Date.parse('2026-01-01T20:00:00Z'), 'Asia/Kolkata')).toBe(Date.parse('2026-01-02T01:30:00Z'));
    expect(localDate(Date.parse('2026-01-01T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-02');
    expect(localDate(Date.parse('2026-01-01T20:00:00Z'), 'America/Los_Angeles')).toBe('2026-01-01');
  });
});
