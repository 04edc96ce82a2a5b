import { describe, expect, it } from 'vitest';
import { dayNumber, startOfDayMs } from './calendar-day';
import { daysLate } from './stay-in-touch';
import { interactionsFixture } from './test-fixture';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('calendar days', () => {
  it('count a 23-hour and a 25-hour day as one day (New York DST)', () => {
    const zone = 'America/New_York';
    // 8 March 2026: clocks go forward. Midnight to midnight is 23 hours.
    const start = startOfDayMs(dayNumber(Date.UTC(2026, 2, 8, 12), zone), zone);
    const next = startOfDayMs(dayNumber(Date.UTC(2026, 2, 9, 12), zone), zone);
    expect(next - start).toBe(23 * HOUR);
    expect(start).toBe(Date.UTC(2026, 2, 8, 5));
    // 1 November 2026: clocks go back. 25 hours.
    const before = startOfDayMs(dayNumber(Date.UTC(2026, 10, 1, 12), zone), zone);
    expect(startOfDayMs(dayNumber(Date.UTC(2026, 10, 2, 12), zone), zone) - before).toBe(25 * HOUR);
  });

  it('days late follow the user’s calendar, not 24-hour blocks', () => {
    // Logged 23:30 in Kolkata on 1 June (18:00 UTC); cadence 1 day; it is 00:30 on 3 June there.
    const logged = Date.UTC(2026, 5, 1, 18, 0);
    const asOf = Date.UTC(2026, 5, 2, 19, 0);
    expect(daysLate(logged, 1, asOf, 'Asia/Kolkata')).toBe(1);
    // In UTC the same instants are 1 June and 2 June: due today, not late.
    expect(daysLate(logged, 1, asOf, 'UTC')).toBe(0);
    // Across the spring-forward night in New York, 30 days is still 30 calendar days.
    expect(daysLate(Date.UTC(2026, 1, 20, 15), 30, Date.UTC(2026, 2, 22, 15), 'America/New_York')).toBe(0);
  });
});

describe('stay in touch', () => {
  it('is due cadence days after the last interaction, and logging anything resets it', async () => {
    const t0 = Date.UTC(2026, 0, 1, 10);
    const f = await interactionsFixture({ atMs: t0, timeZone: 'Asia/Kolkata' });
    const asha = f.contact({ givenName: 'Asha', tags: ['Customers'] });
    const ravi = f.contact({ givenName: 'Ravi', tags: ['Customers', 'VIP'] });
    const quiet = f.contact({ givenName: 'Quiet' });
    f.service.setRule({ targetType: 'tag', target: 'customers', stayInTouchDays: 30, fatigue: null });
    f.service.setRule({ targetType: 'tag', target: 'VIP', stayInTouchDays: 14, fatigue: null });
    f.log({ contactIds: [asha], occurredAtMs: t0 });
    f.log({ contactIds: [ravi], occurredAtMs: t0 });

    const due = (atMs: number) => f.service.stayInTouchDue(atMs, 100).map((d) => [d.displayName, d.daysLate, d.cadenceDays]);
    expect(due(t0 + 13 * DAY)).toEqual([]);
    expect(due(t0 + 14 * DAY)).toEqual([['Ravi', 0, 14]]);
    expect(due(t0 + 33 * DAY)).toEqual([['Ravi', 19, 14], ['Asha', 3, 30]]);

    // A note counts too: any interaction resets the cadence.
    f.log({ contactIds: [asha], kindId: 'kind-note', occurredAtMs: t0 + 32 * DAY });
    expect(due(t0 + 33 * DAY)).toEqual([['Ravi', 19, 14]]);
    // The contact's own cadence wins over its tags'.
    f.service.setRule({ targetType: 'contact', target: ravi, stayInTouchDays: 60, fatigue: null });
    expect(due(t0 + 33 * DAY)).toEqual([]);
    expect(f.service.stats(ravi)).toMatchObject({ stayInTouchDays: 60, ownStayInTouchDays: 60 });
    expect(f.service.stats(quiet).stayInTouchDays).toBeNull();
    expect(() => f.service.setRule({ targetType: 'tag', target: 'nobody', stayInTouchDays: 5, fatigue: null })).toThrow(/tag/);
  });
});

describe('contact-fatigue guard', () => {
  it('warns from the limit on, counting outbound interactions in the last D calendar days', async () => {
    const now = Date.UTC(2026, 2, 9, 15); // Monday 9 March, after New York's DST change
    const f = await interactionsFixture({ atMs: now, timeZone: 'America/New_York' });
    const asha = f.contact({ givenName: 'Asha' });
    const ravi = f.contact({ givenName: 'Ravi' });
    f.service.rules.setGlobalFatigue({ max: 2, days: 7 });
    // 3 March 00:30 New York time is day 1 of the 7-day window ending 9 March.
    f.log({ contactIds: [asha], occurredAtMs: Date.UTC(2026, 2, 3, 5, 30), subject: 'Price list' });
    f.log({ contactIds: [asha], direction: 'inbound', occurredAtMs: now - DAY });
    expect(f.service.fatigueCheck([asha, ravi], now)).toEqual([]);
    f.log({ contactIds: [asha], occurredAtMs: now - 2 * DAY, subject: 'Follow-up' });
    const [warning] = f.service.fatigueCheck([asha, ravi], now);
    expect(warning).toMatchObject({ contactId: asha, displayName: 'Asha', limit: { max: 2, days: 7 } });
    expect(warning!.recent.map((r) => r.subject)).toEqual(['Follow-up', 'Price list']);
    // One day later the price-list call has left the window.
    expect(f.service.fatigueCheck([asha], now + DAY)).toEqual([]);
    // A per-contact limit overrides the global one.
    f.service.setRule({ targetType: 'contact', target: ravi, stayInTouchDays: null, fatigue: { max: 1, days: 30 } });
    f.log({ contactIds: [ravi], occurredAtMs: now - 20 * DAY });
    expect(f.service.fatigueCheck([ravi], now).map((w) => w.limit)).toEqual([{ max: 1, days: 30 }]);
  });
});
