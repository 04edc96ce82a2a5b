import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween } from './dates';
import { ageingBucket, averageDaysToPay, isLatePayer, typicalIntervalDays } from './receivables-rules';

describe('ageing buckets', () => {
  it('puts each boundary day in the right bucket', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(ageingBucket)).toEqual([
      'current', 'current', 'd1to30', 'd1to30', 'd31to60', 'd31to60', 'd61to90', 'd61to90', 'd90plus', 'd90plus',
    ]);
  });
});

describe('calendar dates', () => {
  it('counts days exactly across month ends and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14');
    expect(dayNumber('2025-02-30')).toBeNull();
  });
});

describe('reorder interval', () => {
  it('is the median gap between distinct purchase days', () => {
    expect(typicalIntervalDays([0, 30, 60, 90])).toBe(30);
    // Gaps 10, 30, 200: the median ignores the one long pause.
    expect(typicalIntervalDays([0, 10, 40, 240])).toBe(30);
    // Two purchases on one day count once.
    expect(typicalIntervalDays([0, 0, 14])).toBe(14);
    // Even count: the lower middle gap.
    expect(typicalIntervalDays([0, 10, 30])).toBe(10);
  });

  it('needs two purchase days', () => {
    expect(typicalIntervalDays([])).toBeNull();
    expect(typicalIntervalDays([5])).toBeNull();
    expect(typicalIntervalDays([5, 5])).toBeNull();
  });
});

describe('days to pay and late payers', () => {
  it('averages days from purchase to full payment', () => {
    expect(averageDaysToPay([])).toBeNull();
    expect(averageDaysToPay([{ purchaseDay: 0, paidDay: 10 }, { purchaseDay: 5, paidDay: 6 }])).toBe(6);
    expect(averageDaysToPay([{ purchaseDay: 0, paidDay: 0 }])).toBe(0);
  });

  it('flags someone owing over 30 days past due, or settling most purchases late', () => {
    expect(isLatePayer(31, 0, 0)).toBe(true);
    expect(isLatePayer(30, 0, 4)).toBe(false);
    expect(isLatePayer(0, 3, 4)).toBe(true);
    expect(isLatePayer(0, 2, 4)).toBe(false);
  });
});
