import { describe, expect, it } from 'vitest';
import { fromRule, NO_RECURRENCE, toRule } from './recurrence-rule';

describe('recurrence rule of the form', () => {
  it('writes and reads back the rules the form offers', () => {
    const cases = ['', 'FREQ=DAILY', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', 'FREQ=MONTHLY;COUNT=6', 'FREQ=YEARLY;UNTIL=20301231'];
    for (const rule of cases) expect(toRule(fromRule(rule)!)).toBe(rule);
    expect(fromRule('')).toEqual(NO_RECURRENCE);
  });

  it('orders weekdays and leaves rules it cannot show to the text', () => {
    expect(toRule({ frequency: 'WEEKLY', interval: 1, weekdays: ['FR', 'MO'], end: { kind: 'never' } })).toBe('FREQ=WEEKLY;BYDAY=MO,FR');
    expect(fromRule('FREQ=MONTHLY;BYDAY=-1FR')).toBeNull();
    expect(fromRule('FREQ=MONTHLY;BYMONTHDAY=20')).toBeNull();
  });
});
