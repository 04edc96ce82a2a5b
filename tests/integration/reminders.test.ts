import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boot, type Core } from '../../src-main/boot';
import { checkIcsStructure } from '../../src-main/domains/calendar';
import { testClock } from '../../src-main/domains/reminders';
import type { Reminder, TodaySnapshot } from '../../src-shared/contract/reminders';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function core(clock = testClock('2026-03-30T04:30:00Z', 'Asia/Kolkata')): Promise<Core & { call<T>(method: string, input?: unknown): Promise<T> }> {
  const dataDir = tempDataDir();
  const started = await boot({ dataDir, clock, systemLocale: 'en-IN' });
  cleanups.push(() => {
    started.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return Object.assign(started, {
    async call<T>(method: string, input: unknown = {}) {
      const response = await started.dispatch({ id: 1, method, input });
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
      return response.value as T;
    },
  });
}

describe('reminders through dispatch and the real database', () => {
  it('shows Today: overdue with lateness, due today, birthdays this week, recently done', async () => {
    const app = await core();
    const priya = await app.call<{ id: string }>('contacts.create', { givenName: 'Priya', birthday: '1990-04-02', preferredLanguage: 'hi' });
    const late = await app.call<Reminder>('reminders.create', { title: 'Quote', due: { kind: 'date', date: '2026-03-28' }, contactId: priya.id });
    await app.call('reminders.create', { title: 'Call', due: { kind: 'time', atMs: Date.parse('2026-03-30T09:30:00Z'), timeZone: 'Asia/Kolkata' } });
    const done = await app.call<Reminder>('reminders.create', { title: 'Done already', due: { kind: 'date', date: '2026-03-30' } });
    await app.call('reminders.complete', { id: done.id });
    const today = await app.call<TodaySnapshot>('today.get');
    expect(today.date).toBe('2026-03-30');
    expect(today.overdue.map((r) => [r.title, r.overdueMs / 86_400_000, r.contactName])).toEqual([['Quote', 2, 'Priya']]);
    expect(today.dueToday.map((r) => r.title)).toEqual(['Call']);
    expect(today.birthdays).toMatchObject([{ contactName: 'Priya', daysUntil: 3, turningAge: 36, greeting: 'जन्मदिन की हार्दिक शुभकामनाएँ, Priya!' }]);
    expect(today.recent.map((c) => c.title)).toEqual(['Done already']);
    expect(today.hasContacts).toBe(true);
    expect((await app.call<{ items: unknown[] }>('reminders.completedFor', { contactId: priya.id })).items).toEqual([]);
    await app.call('reminders.complete', { id: late.id });
    expect((await app.call<{ items: { title: string }[] }>('reminders.completedFor', { contactId: priya.id })).items.map((c) => c.title)).toEqual(['Quote']);
  });

  it('refuses bad input with clear messages and writes nothing', async () => {
    const app = await core();
    await expect(app.call('reminders.create', { title: '', due: { kind: 'date', date: '2026-03-30' } })).rejects.toThrow(/invalid_input: title/);
    await expect(app.call('reminders.create', { title: 'X', due: { kind: 'date', date: '2026-02-31x' } })).rejects.toThrow(/invalid_input/);
    await expect(app.call('reminders.create', { title: 'X', due: { kind: 'date', date: '2026-03-30' }, rrule: 'FREQ=MINUTELY' })).rejects.toThrow(/DAILY, WEEKLY/);
    await expect(app.call('reminders.create', { title: 'X', due: { kind: 'date', date: '2026-03-30' }, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' })).rejects.toThrow(/never happens/);
    expect((await app.call<{ total: number }>('reminders.list', { filter: 'open' })).total).toBe(0);
    // An endless rule is fine: it just never runs out.
    const endless = await app.call<Reminder>('reminders.create', { title: 'Every day', due: { kind: 'date', date: '2026-03-30' }, rrule: 'FREQ=DAILY' });
    const preview = await app.call<{ dues: unknown[]; isEndless: boolean }>('reminders.preview', { due: endless.due, rrule: endless.rrule, count: 3 });
    expect(preview).toEqual({ dues: [{ kind: 'date', date: '2026-03-30' }, { kind: 'date', date: '2026-03-31' }, { kind: 'date', date: '2026-04-01' }], isEndless: true });
  });

  it('keeps sampark.ics in the chosen folder up to date', async () => {
    const app = await core();
    const folder = mkdtempSync(join(tmpdir(), 'sampark-cal-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    await expect(app.call('reminders.updateSettings', { calendarFolder: join(folder, 'missing') })).rejects.toThrow(/no folder/);
    await app.call('reminders.updateSettings', { calendarFolder: folder });
    expect(readFileSync(join(folder, 'sampark.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
    await app.call('reminders.create', { title: 'कॉल करें', due: { kind: 'date', date: '2026-04-01' } });
    app.close();
    const root = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'sampark.ics'), 'utf8')));
    expect(root.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).toEqual(['कॉल करें']);
  });
});

describe('sampark reminders and calendar commands', () => {
  it('adds, lists, completes and exports through the CLI', () => {
    const dir = tempDataDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const run = (...args: string[]) => sampark([...args, '--data-dir', dir]);
    const contact = JSON.parse(sampark(['seed', '--contacts', '3', '--data-dir', dir, '--json']).stdout) as { contacts: number };
    expect(contact.contacts).toBe(3);
    const [someone] = JSON.parse(run('contacts', 'list', '--json').stdout) as { id: string; displayName: string }[];

    const added = run('reminders', 'add', '--title', 'Call, then write', '--due', '2020-01-06', '--contact', someone!.id, '--rrule', 'FREQ=WEEKLY;BYDAY=MO', '--json');
    expect(added.status).toBe(0);
    const reminder = JSON.parse(added.stdout) as Reminder;
    expect(reminder).toMatchObject({ contactName: someone!.displayName, rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    expect(run('reminders', 'add', '--title', 'Timed', '--due', '2099-05-01T10:30', '--time-zone', 'Asia/Kolkata').stdout).toMatch(/^Added: .*Timed/);

    const overdue = JSON.parse(run('reminders', 'list', '--due', 'overdue', '--json').stdout) as Reminder[];
    expect(overdue.map((r) => r.id)).toContain(reminder.id);
    expect(run('reminders', 'list', '--due', 'overdue').stdout).toMatch(/Call, then write.*days late/);

    const done = run('reminders', 'done', reminder.id);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^Done: Call, then write\. Next: \d{4}-\d{2}-\d{2}/);
    expect((JSON.parse(run('reminders', 'list', '--due', 'overdue', '--json').stdout) as Reminder[]).map((r) => r.id)).not.toContain(reminder.id);

    const out = join(dir, 'out.ics');
    const exported = run('calendar', '--out', out, '--kinds', 'reminders');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote \d+ events to /);
    const ics = readFileSync(out, 'utf8');
    expect(checkIcsStructure(ics)).toEqual([]);
    expect(ics).toContain(`UID:${reminder.id}@sampark`);
    expect(ics).not.toContain('UID:birthday-');
  });

  it('says what is wrong, with a non-zero exit', () => {
    const dir = tempDataDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const bad = (args: string[], message: RegExp) => {
      const result = sampark([...args, '--data-dir', dir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    };
    bad(['reminders', 'add', '--title', 'X'], /Say when it is due/);
    bad(['reminders', 'add', '--title', 'X', '--due', 'someday'], /--due takes/);
    bad(['reminders', 'add', '--title', 'X', '--due', '2026-01-01T10:00', '--time-zone', 'Mars/Base'], /not a time zone/);
    bad(['reminders', 'add', '--title', 'X', '--due', '2026-01-01', '--rrule', 'FREQ=SECONDLY'], /DAILY, WEEKLY, MONTHLY or YEARLY/);
    bad(['reminders', 'done', '01920000-0000-7000-8000-000000000000'], /No reminder/);
    bad(['reminders', 'list', '--due', 'soon'], /--due is today, overdue or upcoming/);
    bad(['calendar', '--out', join(dir, 'x.ics'), '--kinds', 'meetings'], /--kinds takes/);
    writeFileSync(join(dir, 'not-a-folder'), '');
    bad(['calendar', '--out', join(dir, 'not-a-folder', 'x.ics')], /Cannot write/);
  });
});
