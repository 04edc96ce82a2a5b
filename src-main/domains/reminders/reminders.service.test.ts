import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { ReminderFields, type ReminderFieldsInput } from '../../../src-shared/contract/reminders';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService } from '../contacts';
import { createRemindersQueries, type RemindersQueries } from './reminders.queries';
import { createRemindersService, type RemindersService } from './reminders.service';
import { testClock, type TestClock } from './test-clock';

let sqlite: Sqlite;
let clock: TestClock;
let service: RemindersService;
let queries: RemindersQueries;
let contactId: string;
const HOUR = 3_600_000;
const fields = (input: ReminderFieldsInput) => ReminderFields.parse(input);

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  // 10:00 in Chennai on Monday 30 March 2026.
  clock = testClock('2026-03-30T04:30:00Z', 'Asia/Kolkata');
  service = createRemindersService(sqlite, events, writer, clock);
  queries = createRemindersQueries(sqlite, clock);
  contactId = createContactsService(sqlite, events, writer).create(ContactFields.parse({ givenName: 'प्रिया', familyName: 'शर्मा' })).id;
});


describe('reminders', () => {
  it('stores all-day and timed reminders, linked to a contact, and records each write for sync', () => {
    const call = service.create(fields({ title: 'Call about the order', due: { kind: 'date', date: '2026-03-30' }, contactId, priority: 'high' }));
    expect(call).toMatchObject({ contactName: 'प्रिया शर्मा', due: { kind: 'date', date: '2026-03-30' }, overdueMs: 0, priority: 'high' });
    expect(call.dueKeyMs).toBe(Date.parse('2026-03-29T18:30:00Z')); // midnight in Chennai
    const visit = service.create(fields({ title: 'Visit', due: { kind: 'time', atMs: Date.parse('2026-03-30T09:30:00Z'), timeZone: 'Asia/Kolkata' } }));
    expect(visit.due).toEqual({ kind: 'time', atMs: Date.parse('2026-03-30T09:30:00Z'), timeZone: 'Asia/Kolkata' });
    const queued = sqlite.prepare("SELECT count(*) FROM sync_outbox WHERE tbl = 'reminders'").pluck().get();
    expect(queued).toBe(2);
    expect(() => service.create(fields({ title: 'X', due: { kind: 'time', atMs: 0, timeZone: 'Mars/Olympus' } }))).toThrow(/time zone/);
    expect(() => service.create(fields({ title: 'X', due: { kind: 'date', date: '2026-03-30' }, contactId: '01920000-0000-7000-8000-000000000000' }))).toThrow(/contact/);
  });

  it('keeps a reminder in the past open and overdue, saying how late, day after day', () => {
    const late = service.create(fields({ title: 'Send the quotation', due: { kind: 'date', date: '2026-03-27' } }));
    expect(late.overdueMs).toBe(3 * 24 * HOUR);
    const timed = service.create(fields({ title: 'Ring back', due: { kind: 'time', atMs: clock.now() - 2 * HOUR, timeZone: 'Asia/Kolkata' } }));
    expect(timed.overdueMs).toBe(2 * HOUR);
    service.create(fields({ title: 'Today, all day', due: { kind: 'date', date: '2026-03-30' } }));
    service.create(fields({ title: 'Tomorrow', due: { kind: 'date', date: '2026-03-31' } }));
    let today = queries.dueByToday(50);
    expect(today.overdue.map((r) => r.title)).toEqual(['Send the quotation', 'Ring back']);
    expect(today.dueToday.map((r) => r.title)).toEqual(['Today, all day']);
    expect([today.overdueTotal, today.dueTodayTotal]).toEqual([2, 1]);

    clock.advance(24 * HOUR);
    today = queries.dueByToday(50);
    expect(today.overdue.map((r) => [r.title, r.overdueMs / HOUR])).toEqual([
      ['Send the quotation', 96],
      ['Today, all day', 24],
      ['Ring back', 26],
    ]);
    expect(today.dueToday.map((r) => r.title)).toEqual(['Tomorrow']);
    expect(queries.list('overdue', 50, {}).total).toBe(3);
    // More late ones than the list shows: today's still appear, and the totals count them all.
    const few = queries.dueByToday(1);
    expect([few.overdue.length, few.dueToday.map((r) => r.title), few.overdueTotal]).toEqual([1, ['Tomorrow'], 3]);
    expect(queries.list('upcoming', 50, {}).items).toEqual([]);
  });

  it('completes a one-off reminder, records it for the timeline, and undoes', () => {
    const r = service.create(fields({ title: 'Pay GST', due: { kind: 'date', date: '2026-03-30' }, contactId }));
    const done = service.complete(r.id);
    expect(done.isSeriesOver).toBe(true);
    expect(done.reminder.completedAtMs).toBe(clock.now());
    expect(service.completedFor({ contactId }, undefined, 10).items.map((c) => c.title)).toEqual(['Pay GST']);
    expect(queries.dueByToday(10).dueToday).toEqual([]);
    expect(() => service.complete(r.id)).toThrow(/already done/);
    const back = service.undoComplete(done.completionId);
    expect(back.completedAtMs).toBeNull();
    expect(service.completedFor({ contactId }, undefined, 10).items).toEqual([]);
    expect(queries.dueByToday(10).dueToday.map((x) => x.id)).toEqual([r.id]);
  });

  it('advances a recurring reminder to the first occurrence after now, skipping missed ones, and ends a finite series', () => {
    const weekly = service.create(fields({ title: 'Stock check', due: { kind: 'date', date: '2026-03-09' }, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5' }));
    expect(weekly.overdueMs).toBe(21 * 24 * HOUR);
    // Three weeks late on Monday 30 March: done today, next is 6 April (the 5th and last).
    const first = service.complete(weekly.id);
    expect(first.reminder.due).toEqual({ kind: 'date', date: '2026-04-06' });
    expect(first.isSeriesOver).toBe(false);
    clock.set('2026-04-06T05:00:00Z');
    const last = service.complete(weekly.id);
    expect(last.isSeriesOver).toBe(true);
    expect(last.reminder.completedAtMs).not.toBeNull();
    expect(service.completedFor({ companyId: '01920000-0000-7000-8000-000000000000' }, undefined, 10).items).toEqual([]);

    // Done early: the next occurrence after the one due, not after now.
    const daily = service.create(fields({ title: 'Cash count', due: { kind: 'time', atMs: Date.parse('2026-04-07T12:30:00Z'), timeZone: 'Asia/Kolkata' }, rrule: 'FREQ=DAILY' }));
    expect(service.complete(daily.id).reminder.due).toMatchObject({ atMs: Date.parse('2026-04-08T12:30:00Z') });
  });

  it('snoozes for an hour, to tomorrow 9:00, to next Monday 9:00 and to a picked moment', () => {
    const r = service.create(fields({ title: 'Follow up', due: { kind: 'date', date: '2026-03-30' } }));
    expect(service.snooze(r.id, { kind: 'hour' }).snoozedUntilMs).toBe(clock.now() + HOUR);
    expect(queries.dueByToday(10).dueToday.map((x) => x.id)).toEqual([r.id]);
    expect(service.snooze(r.id, { kind: 'tomorrow' }).dueKeyMs).toBe(Date.parse('2026-03-31T03:30:00Z'));
    expect(queries.dueByToday(10).dueToday).toEqual([]);
    expect(service.snooze(r.id, { kind: 'nextWeek' }).dueKeyMs).toBe(Date.parse('2026-04-06T03:30:00Z'));
    expect(() => service.snooze(r.id, { kind: 'until', atMs: clock.now() - 1 })).toThrow(/future/);
    // A snooze past its moment is late from that moment.
    clock.set('2026-04-06T05:30:00Z');
    expect(service.get(r.id).overdueMs).toBe(2 * HOUR);
    // Completing clears it.
    expect(service.complete(r.id).reminder.snoozedUntilMs).toBeNull();
  });

  it('deletes softly and restores', () => {
    const r = service.create(fields({ title: 'Temp', due: { kind: 'date', date: '2026-03-30' } }));
    service.delete(r.id);
    expect(queries.list('open', 10, {}).items).toEqual([]);
    expect(() => service.get(r.id)).toThrow(/No reminder/);
    expect(service.restore(r.id).title).toBe('Temp');
  });

  it('recomputes all-day due keys for a new time zone', () => {
    const r = service.create(fields({ title: 'Day', due: { kind: 'date', date: '2026-04-01' } }));
    clock.zone('Europe/London');
    service.recomputeAllKeys();
    expect(service.get(r.id).dueKeyMs).toBe(Date.parse('2026-03-31T23:00:00Z'));
  });
});
