import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { ReminderFields } from '../../../src-shared/contract/reminders';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createBirthdays } from './birthdays';
import { createRemindersQueries } from './reminders.queries';
import { startReminderScheduler, type DueNotice, type ReminderScheduler } from './reminders.scheduler';
import { createRemindersService, type RemindersService } from './reminders.service';
import { testClock, testTimers, type TestClock } from './test-clock';

const MINUTE = 60_000;
let clock: TestClock;
let service: RemindersService;
let contacts: ContactsService;
let scheduler: ReminderScheduler;
let notices: DueNotice[];
let fire: () => void;

beforeEach(async () => {
  const sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  clock = testClock('2026-03-30T04:30:00Z', 'Asia/Kolkata'); // 10:00 in Chennai
  service = createRemindersService(sqlite, events, writer, clock);
  contacts = createContactsService(sqlite, events, writer);
  const queries = createRemindersQueries(sqlite, clock);
  const birthdays = createBirthdays(sqlite, clock);
  const manual = testTimers(clock);
  fire = manual.fire;
  notices = [];
  scheduler = startReminderScheduler({
    clock,
    timers: manual.timers,
    dueBetween: (from, to) => queries.dueBetween(from, to),
    nextDueAfter: (ms) => queries.nextDueAfter(ms),
    birthdaysOn: (date) => birthdays.upcoming(1, date),
    birthdayDaysBefore: () => [0, 7],
    emit: (notice) => notices.push(notice),
  });
  events.subscribe((event) => event.type === 'changed' && scheduler.poke());
});

const timed = (title: string, atMs: number, contactId: string | null = null) =>
  service.create(ReminderFields.parse({ title, due: { kind: 'time', atMs, timeZone: 'Asia/Kolkata' }, contactId }));

describe('the reminder scheduler', () => {
  it('tells each reminder once when it comes due while running, never one already past', () => {
    const ravi = contacts.create(ContactFields.parse({ givenName: 'Ravi' }));
    timed('Already late', clock.now() - MINUTE);
    timed('Call Ravi', clock.now() + 10 * MINUTE, ravi.id);
    timed('Later', clock.now() + 30 * MINUTE);
    clock.advance(9 * MINUTE);
    fire();
    expect(notices).toEqual([]);
    clock.advance(MINUTE);
    fire();
    expect(notices.map((n) => [n.title, n.contactId, n.body])).toEqual([['Call Ravi', ravi.id, 'Ravi']]);
    clock.advance(60 * MINUTE);
    fire();
    expect(notices.map((n) => n.title)).toEqual(['Call Ravi', 'Later']);
    fire();
    expect(notices).toHaveLength(2);
  });

  it('catches up on resume with what came due during sleep, and follows snoozes', () => {
    const r = timed('Send invoice', clock.now() + 5 * MINUTE);
    timed('Pay rent', clock.now() + 90 * MINUTE);
    service.snooze(r.id, { kind: 'hour' });
    clock.advance(10 * MINUTE);
    fire();
    expect(notices).toEqual([]);
    // The machine sleeps: no timer runs; on waking the shell pokes the scheduler.
    clock.advance(3 * 60 * MINUTE);
    expect(notices).toEqual([]);
    scheduler.poke();
    expect(notices.map((n) => n.title)).toEqual(['Send invoice', 'Pay rent']);
  });

  it('gives birthday notices at 9:00 on the day and 7 days before, in the contact\u2019s language', () => {
    contacts.create(ContactFields.parse({ givenName: 'மீனா', birthday: '--04-06', preferredLanguage: 'ta' }));
    contacts.create(ContactFields.parse({ givenName: 'Arjun', birthday: '1990-03-31' }));
    contacts.create(ContactFields.parse({ givenName: 'Ravi', birthday: '--04-07' }));
    // 10:00 today: 9:00 has passed. Tomorrow at 9:00: Arjun's birthday; 7 days before Meena's is 30 March, gone.
    clock.set('2026-03-31T03:29:00Z');
    fire();
    expect(notices).toEqual([]);
    clock.set('2026-03-31T03:30:00Z');
    fire();
    expect(notices.map((n) => [n.kind, n.title, n.body])).toEqual([
      ['birthday', 'Happy birthday, Arjun!', ''],
      ['birthday', 'Happy birthday, Ravi!', '2026-04-07'],
    ]);
    clock.set('2026-04-06T03:30:00Z');
    scheduler.poke();
    expect(notices.at(-1)).toMatchObject({ kind: 'birthday', title: 'இனிய பிறந்தநாள் நல்வாழ்த்துகள், மீனா!', body: '' });
  });

  it('stops', () => {
    timed('Never told', clock.now() + MINUTE);
    scheduler.stop();
    clock.advance(2 * MINUTE);
    fire();
    scheduler.poke();
    expect(notices).toEqual([]);
  });
});
