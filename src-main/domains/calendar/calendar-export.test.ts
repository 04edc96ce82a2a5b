import ICAL from 'ical.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { ReminderFields, type ReminderFieldsInput } from '../../../src-shared/contract/reminders';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createBirthdays, createRemindersQueries, createRemindersService, testClock, testTimers, type RemindersService } from '../reminders';
import { buildCalendar } from './calendar-export';
import { checkIcsStructure } from './check-ics-structure';
import { foldIcs } from './ics-fold';
import { createLiveCalendar } from './live-calendar';

const clock = testClock('2026-03-30T04:30:00Z', 'Asia/Kolkata');
let sqlite: Sqlite;
let reminders: RemindersService;
let contacts: ContactsService;
const add = (input: ReminderFieldsInput) => reminders.create(ReminderFields.parse(input));

function build(kinds: { fromDate?: string; toDate?: string } = {}) {
  const queries = createRemindersQueries(sqlite, clock);
  const birthdays = createBirthdays(sqlite, clock);
  return buildCalendar({ reminders: queries.forCalendar(), birthdays: birthdays.all(), birthdayDaysBefore: [0, 7], nowMs: clock.now(), ...kinds });
}

interface ParsedEvent {
  uid: string;
  summary: string;
  startUtc: string;
  isDate: boolean;
  rrule: string | null;
  alarms: number;
}

/** Parses with ical.js, registering the file's own VTIMEZONEs, as a calendar application would. */
function parse(ics: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const rrule = vevent.getFirstPropertyValue('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      startUtc: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      isDate: event.startDate.isDate,
      rrule: rrule ? rrule.toString() : null,
      alarms: vevent.getAllSubcomponents('valarm').length,
    };
  });
}

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  reminders = createRemindersService(sqlite, events, writer, clock);
  contacts = createContactsService(sqlite, events, writer);
});

describe('calendar export', () => {
  it('writes reminders and birthdays that ical.js reads back as the same events', () => {
    const priya = contacts.create(ContactFields.parse({ givenName: 'प्रिया', familyName: 'शर्मा', birthday: '1990-04-02', preferredLanguage: 'hi' }));
    contacts.create(ContactFields.parse({ givenName: 'முருகன்', birthday: '--02-29', preferredLanguage: 'ta' }));
    const oneOff = add({ title: 'Call, then; send \\ the quote', due: { kind: 'time', atMs: Date.parse('2026-03-31T05:00:00Z'), timeZone: 'Asia/Kolkata' }, contactId: priya.id });
    const allDay = add({ title: 'GST filing', due: { kind: 'date', date: '2026-04-20' }, rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' });
    const london = add({
      title: 'Weekly call with London',
      due: { kind: 'time', atMs: Date.parse('2026-03-23T09:00:00Z'), timeZone: 'Europe/London' },
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6',
    });
    // The first two Mondays are done: four remain.
    reminders.complete(london.id);
    clock.set('2026-04-01T04:30:00Z');
    const { content, events } = build();
    expect(events).toBe(5);
    expect(checkIcsStructure(content)).toEqual([]);

    const parsed = parse(content);
    const byUid = new Map(parsed.map((e) => [e.uid, e]));
    expect(byUid.get(`${oneOff.id}@sampark`)).toMatchObject({ summary: 'Call, then; send \\ the quote', startUtc: '2026-03-31T05:00:00.000Z', isDate: false, rrule: null, alarms: 1 });
    expect(byUid.get(`${allDay.id}@sampark`)).toMatchObject({ startUtc: '2026-04-20', isDate: true, rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' });
    // Set at 9:00 London time (GMT); after the change to BST it stays 9:00, which is 08:00 UTC.
    const weekly = byUid.get(`${london.id}@sampark`)!;
    expect(weekly).toMatchObject({ startUtc: '2026-03-30T08:00:00.000Z', rrule: 'FREQ=WEEKLY;COUNT=5;BYDAY=MO' });
    expect(content).toContain('DTSTART;TZID=Europe/London:20260330T090000');
    const birthday = byUid.get(`birthday-${priya.id}@sampark`)!;
    expect(birthday).toMatchObject({ summary: 'प्रिया शर्मा का जन्मदिन', startUtc: '2026-04-02', isDate: true, rrule: 'FREQ=YEARLY', alarms: 2 });
    expect(parsed.find((e) => e.summary.startsWith('முருகன்'))).toMatchObject({ startUtc: '2026-02-28', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' });
  });

  it('expands a zoned weekly series in ical.js at the same local time across the DST change', () => {
    const london = add({ title: 'Stand-up', due: { kind: 'time', atMs: Date.parse('2026-03-23T09:00:00Z'), timeZone: 'Europe/London' }, rrule: 'FREQ=WEEKLY;COUNT=3' });
    const root = new ICAL.Component(ICAL.parse(build().content));
    for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(root.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${london.id}@sampark`)!);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 5; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toEqual(['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']);
  });

  it('keeps UIDs stable so importing again updates, and filters by dates', () => {
    const r = add({ title: 'Stable', due: { kind: 'date', date: '2026-05-01' } });
    const first = parse(build().content).map((e) => e.uid);
    reminders.update(r.id, ReminderFields.parse({ title: 'Stable, renamed', due: { kind: 'date', date: '2026-05-02' } }));
    expect(parse(build().content).map((e) => e.uid)).toEqual(first);
    expect(build({ fromDate: '2026-06-01', toDate: '2026-06-30' }).events).toBe(0);
    expect(build({ fromDate: '2026-05-01', toDate: '2026-05-31' }).events).toBe(1);
  });

  it('folds long Hindi and Tamil lines at 75 octets without splitting a character', () => {
    const title = 'தமிழ்நாடு வாடிக்கையாளர் சந்திப்பு, பொங்கல்; சலுகை — प्रिया शर्मा को दिवाली के ऑर्डर के बारे में फ़ोन करें';
    add({ title, due: { kind: 'date', date: '2026-04-10' }, notes: 'लंबा विवरण '.repeat(30) });
    const { content } = build();
    expect(checkIcsStructure(content)).toEqual([]);
    expect(parse(content)[0]!.summary).toBe(title);
    const lines = content.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});

describe('the structural check', () => {
  it('finds each kind of problem', () => {
    const ok = foldIcs('BEGIN:VCALENDAR\nSUMMARY:a\\, b\nEND:VCALENDAR\n');
    expect(checkIcsStructure(ok)).toEqual([]);
    expect(checkIcsStructure('BEGIN:VCALENDAR\nEND:VCALENDAR\n').join()).toMatch(/LF without CR/);
    expect(checkIcsStructure(`BEGIN:VCALENDAR\r\nSUMMARY:${'x'.repeat(80)}\r\nEND:VCALENDAR\r\n`).join()).toMatch(/octets/);
    expect(checkIcsStructure('BEGIN:VCALENDAR\r\nSUMMARY:a, b\r\nEND:VCALENDAR\r\n').join()).toMatch(/unescaped/);
    expect(checkIcsStructure('BEGIN:VCALENDAR\r\nSUMMARY:a\\x\r\nEND:VCALENDAR\r\n').join()).toMatch(/backslash/);
    // A fold in the middle of "प" (3 octets): both halves are broken UTF-8.
    const bytes = new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:प\r\nEND:VCALENDAR\r\n');
    const at = bytes.indexOf(0xe0) + 1;
    const split = new Uint8Array([...bytes.subarray(0, at), 0x0d, 0x0a, 0x20, ...bytes.subarray(at)]);
    expect(checkIcsStructure(split).join()).toMatch(/split/);
    expect(checkIcsStructure('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n').join()).toMatch(/does not close/);
  });
});

describe('the live calendar file', () => {
  it('is rewritten atomically after changes, once per burst, and not at all without a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-live-'));
    try {
      let chosen: string | null = null;
      let builds = 0;
      const { timers, fire } = testTimers(clock);
      const live = createLiveCalendar({
        folder: () => chosen,
        build: () => ({ ...build(), ...{ calls: ++builds } }),
        now: clock.now,
        timers,
      });
      live.schedule();
      clock.advance(1000);
      fire();
      expect(builds).toBe(0);
      chosen = folder;
      add({ title: 'Live one', due: { kind: 'date', date: '2026-04-10' } });
      live.schedule();
      live.schedule();
      clock.advance(1000);
      fire();
      expect(builds).toBe(1);
      expect(readdirSync(folder)).toEqual(['sampark.ics']);
      expect(parse(readFileSync(join(folder, 'sampark.ics'), 'utf8')).map((e) => e.summary)).toEqual(['Live one']);
      add({ title: 'Live two', due: { kind: 'date', date: '2026-04-11' } });
      live.schedule();
      live.flush();
      expect(parse(readFileSync(join(folder, 'sampark.ics'), 'utf8'))).toHaveLength(2);
      expect(live.status()).toMatchObject({ file: join(folder, 'sampark.ics'), events: 2 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
