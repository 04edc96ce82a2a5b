// Reminders and their completions travel between machines like contacts; each machine derives
// its own due keys (all-day dates start at its midnight).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boot, type Core } from '../../src-main/boot';
import { startOfDay, testClock } from '../../src-main/domains/reminders';
import type { Reminder } from '../../src-shared/contract/reminders';
import { tempDataDir } from './support/temp-core';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function machine(folder: string, name: string, timeZone: string) {
  const dataDir = tempDataDir();
  const core = await boot({ dataDir, clock: testClock('2026-03-30T04:30:00Z', timeZone) });
  cleanups.push(() => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await call(core, 'sync.configure', { folder, deviceName: name, passphrase: null });
  return core;
}

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}

describe('reminders across machines', () => {
  it('arrive with their contact, due at each machine’s own midnight, and completions follow', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const chennai = await machine(folder, 'chennai', 'Asia/Kolkata');
    const london = await machine(folder, 'london', 'Europe/London');
    const contact = await call<{ id: string }>(chennai, 'contacts.create', { givenName: 'Meena' });
    const reminder = await call<Reminder>(chennai, 'reminders.create', {
      title: 'Send the catalogue',
      due: { kind: 'date', date: '2026-04-02' },
      contactId: contact.id,
      rrule: 'FREQ=WEEKLY',
    });
    await call(chennai, 'sync.now', { allowMassDelete: false });
    await call(london, 'sync.now', { allowMassDelete: false });

    const there = await call<Reminder>(london, 'reminders.get', { id: reminder.id });
    expect(there).toMatchObject({ title: 'Send the catalogue', contactName: 'Meena', rrule: 'FREQ=WEEKLY', due: { kind: 'date', date: '2026-04-02' } });
    expect(there.dueKeyMs).toBe(startOfDay('2026-04-02', 'Europe/London'));
    expect(reminder.dueKeyMs).toBe(startOfDay('2026-04-02', 'Asia/Kolkata'));

    const done = await call<{ reminder: Reminder }>(london, 'reminders.complete', { id: reminder.id });
    expect(done.reminder.due).toEqual({ kind: 'date', date: '2026-04-09' });
    await call(london, 'sync.now', { allowMassDelete: false });
    await call(chennai, 'sync.now', { allowMassDelete: false });
    const back = await call<Reminder>(chennai, 'reminders.get', { id: reminder.id });
    expect(back.due).toEqual({ kind: 'date', date: '2026-04-09' });
    expect(back.dueKeyMs).toBe(startOfDay('2026-04-09', 'Asia/Kolkata'));
    expect((await call<{ items: { title: string }[] }>(chennai, 'reminders.completedFor', { contactId: contact.id })).items.map((c) => c.title)).toEqual(['Send the catalogue']);
  });
});
