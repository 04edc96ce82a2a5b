// Two (or three) real cores on temp data dirs syncing through one real temp folder.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../src-shared/contract/contacts';
import type { SyncReport, SyncStatus } from '../../src-shared/contract/sync';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}
async function machine(folder: string, name: string, passphrase: string | null = null) {
  const core = await tempCore();
  cores.push(core);
  await call<SyncStatus>(core, 'sync.configure', { folder, deviceName: name, passphrase });
  return core;
}
const syncNow = (core: Core, allowMassDelete = false) => call<SyncReport>(core, 'sync.now', { allowMassDelete });
const names = async (core: Core, text: string) =>
  (await call<{ items: { displayName: string }[] }>(core, 'contacts.search', { text })).items.map((c) => c.displayName);
const newFolder = () => mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));

describe('sync through a shared folder', () => {
  it('brings a new contact to the other machine, searchable there', async () => {
    const folder = newFolder();
    const laptop = await machine(folder, 'laptop');
    const desk = await machine(folder, 'desk');
    await call(laptop, 'contacts.create', { givenName: 'प्रिया', familyName: 'शर्मा', emails: [{ value: 'priya@example.in' }] });
    expect((await syncNow(laptop)).wroteChanges).toBeGreaterThan(0);
    const progress: unknown[] = [];
    desk.events.subscribe((event) => event.type === 'progress' && progress.push(event));
    const report = await syncNow(desk);
    expect(report).toMatchObject({ status: 'ok', appliedSegments: 1 });
    expect(progress).toEqual([{ type: 'progress', job: 'sync', done: 1, total: 1 }]);
    expect(await names(desk, 'प्रि')).toEqual(['प्रिया शर्मा']);
    expect(await names(desk, 'priya@example')).toEqual(['प्रिया शर्मा']);
    const status = await call<SyncStatus>(desk, 'sync.status');
    expect(status.devices.map((d) => d.name)).toEqual(['laptop']);
    const [contact] = (await call<{ items: { id: string }[] }>(desk, 'contacts.search', { text: 'प्रि' })).items;
    expect(await call(desk, 'sync.lastChange', { table: 'contacts', rowId: contact!.id })).toMatchObject({ deviceName: 'laptop', isThisMachine: false });
    expect(await call(laptop, 'sync.lastChange', { table: 'contacts', rowId: contact!.id })).toMatchObject({ deviceName: 'laptop', isThisMachine: true });
  });

  it('keeps both edits to different fields, resolves the same field to the later edit and keeps the loser', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    const created = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Ravi', familyName: 'Kumar' });
    await syncNow(a);
    await syncNow(b);
    const fields = { givenName: 'Ravi', familyName: 'Kumar', jobTitle: '', notes: '' };
    await call(a, 'contacts.update', { id: created.id, fields: { ...fields, jobTitle: 'Owner', notes: 'from a' } });
    await new Promise((r) => setTimeout(r, 5));
    await call(b, 'contacts.update', { id: created.id, fields: { ...fields, familyName: 'Kumaran', notes: 'from b' } });
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    for (const core of [a, b]) {
      const contact = await call<ContactDetail>(core, 'contacts.get', { id: created.id });
      expect(contact).toMatchObject({ jobTitle: 'Owner', familyName: 'Kumaran', notes: 'from b', displayName: 'Ravi Kumaran' });
      const { items } = await call<{ items: { column: string; losingValue: unknown }[] }>(core, 'sync.conflicts');
      expect(items.filter((c) => c.column === 'notes').map((c) => c.losingValue)).toEqual(['from a']);
    }
    expect(await names(a, 'kumaran')).toEqual(['Ravi Kumaran']);
  });

  it('converges on one tag when two machines add the same tag to the same contact', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    const created = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Gita' });
    await syncNow(a);
    await syncNow(b);
    await call(a, 'contacts.update', { id: created.id, fields: { givenName: 'Gita', tags: ['VIP'] } });
    await call(b, 'contacts.update', { id: created.id, fields: { givenName: 'Gita', tags: ['vip', 'Wholesale'] } });
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    const onA = await call<ContactDetail>(a, 'contacts.get', { id: created.id });
    const onB = await call<ContactDetail>(b, 'contacts.get', { id: created.id });
    expect(onA.tags).toEqual(onB.tags);
    expect(onA.tags).toHaveLength(2);
  });

  it('suggests (never makes) a merge for the same person added on two machines, and carries a merge across', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    await call(a, 'contacts.create', { givenName: 'Ravi', familyName: 'Kumar', emails: [{ value: 'ravi@lakshmi.in' }] });
    await call(b, 'contacts.create', { givenName: 'Ravi', familyName: 'Kumar', phones: [{ value: '098400 12345' }], emails: [{ value: 'RAVI@lakshmi.in' }] });
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    for (const core of [a, b]) {
      expect((await call<{ active: number }>(core, 'contacts.count')).active).toBe(2);
      const { items } = await call<{ items: { score: number; reasons: string[] }[] }>(core, 'contacts.duplicateCandidates', {});
      expect(items).toHaveLength(1);
      expect(items[0]!.reasons).toContain('email');
    }
    const [x, y] = (await call<{ items: { id: string }[] }>(a, 'contacts.search', { text: 'ravi' })).items;
    await call(a, 'contacts.merge', { survivorId: x!.id, mergedIds: [y!.id] });
    await syncNow(a);
    await syncNow(b);
    const survivor = await call<ContactDetail>(b, 'contacts.get', { id: x!.id });
    expect(survivor.phones.map((p) => p.value)).toEqual(['098400 12345']);
    expect((await call<{ active: number }>(b, 'contacts.count')).active).toBe(1);
    expect((await call<{ items: unknown[] }>(b, 'contacts.duplicateCandidates', {})).items).toEqual([]);
  });

  it('restores the losing value of a conflict on request, everywhere', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    const created = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Meena' });
    await syncNow(a);
    await syncNow(b);
    await call(a, 'contacts.update', { id: created.id, fields: { givenName: 'Meena', notes: 'keep me' } });
    await new Promise((r) => setTimeout(r, 5));
    await call(b, 'contacts.update', { id: created.id, fields: { givenName: 'Meena', notes: 'newer' } });
    await syncNow(b);
    await syncNow(a);
    const [conflict] = (await call<{ items: { id: string; losingValue: unknown }[] }>(a, 'sync.conflicts')).items;
    expect(conflict?.losingValue).toBe('keep me');
    await call(a, 'sync.resolveConflict', { id: conflict!.id, keep: 'other' });
    await syncNow(a);
    await syncNow(b);
    expect((await call<ContactDetail>(b, 'contacts.get', { id: created.id })).notes).toBe('keep me');
    expect((await call<{ items: unknown[] }>(a, 'sync.conflicts')).items).toEqual([]);
  });

  it('encrypts with a passphrase; a wrong passphrase gets a clear refusal', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a', 'correct horse');
    await call(a, 'contacts.create', { givenName: 'Secretname' });
    await syncNow(a);
    const segmentDir = join(folder, 'devices', readdirSync(join(folder, 'devices'))[0]!, 'seg');
    const bytes = readFileSync(join(segmentDir, readdirSync(segmentDir)[0]!));
    expect(bytes.includes(Buffer.from('Secretname'))).toBe(false);
    const wrong = await tempCore();
    cores.push(wrong);
    const refused = await wrong.dispatch({ id: 1, method: 'sync.configure', input: { folder, deviceName: 'w', passphrase: 'wrong' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/passphrase does not open/) } });
    const b = await machine(folder, 'b', 'correct horse');
    await syncNow(b);
    expect(await names(b, 'secret')).toEqual(['Secretname']);
  });

  it('pauses and deletes nothing when the folder is emptied or unmounted, or is a foreign folder', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    await call(a, 'contacts.create', { givenName: 'Asha' });
    await syncNow(a);
    rmSync(folder, { recursive: true });
    expect(await syncNow(a)).toMatchObject({ status: 'paused', message: expect.stringMatching(/not available/) });
    cpSync(newFolder(), folder, { recursive: true });
    expect(await syncNow(a)).toMatchObject({ status: 'paused', message: expect.stringMatching(/empty or its files are missing/) });
    expect(await names(a, 'asha')).toEqual(['Asha']);

    const foreign = newFolder();
    writeFileSync(join(foreign, 'holiday.jpg'), 'x');
    const b = await tempCore();
    cores.push(b);
    const refused = await b.dispatch({ id: 1, method: 'sync.configure', input: { folder: foreign, deviceName: 'b' } });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already holds other files/) } });
  });

  it('waits for a truncated segment until it is whole, and ignores conflicted copies', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    await call(a, 'contacts.create', { givenName: 'Kavya' });
    await syncNow(a);
    const segDir = join(folder, 'devices', (await call<SyncStatus>(a, 'sync.status')).deviceId, 'seg');
    const [name] = readdirSync(segDir);
    const whole = readFileSync(join(segDir, name!));
    copyFileSync(join(segDir, name!), join(segDir, `${name!.replace('.seg', '')} (conflicted copy 2026-11-23).seg`));
    truncateSync(join(segDir, name!), Math.floor(whole.length / 2));
    const waiting = await syncNow(b);
    expect(waiting.appliedSegments).toBe(0);
    expect(waiting.waiting[0]?.reason).toMatch(/not complete yet/);
    expect(waiting.ignoredFiles.some((f) => f.includes('conflicted copy'))).toBe(true);
    writeFileSync(join(segDir, name!), whole);
    expect((await syncNow(b)).appliedSegments).toBe(1);
    expect(await names(b, 'kav')).toEqual(['Kavya']);
  });

  it('stops before a sync that would archive a large share of the records, until allowed', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    await call(a, 'demo.seed', { contacts: 80 });
    await syncNow(a);
    await syncNow(b);
    const { items } = await call<{ items: { id: string }[] }>(a, 'contacts.list', { limit: 60 });
    for (const { id } of items) await call(a, 'contacts.archive', { id });
    await syncNow(a);
    const held = await syncNow(b);
    expect(held.status).toBe('held');
    expect(held.message).toMatch(/would remove 60 records/);
    expect((await call<{ active: number }>(b, 'contacts.count')).active).toBe(80);
    expect((await syncNow(b, true)).status).toBe('ok');
    expect((await call<{ active: number }>(b, 'contacts.count')).active).toBe(20);
  });

  it('refuses a sync folder that contains the data folder', async () => {
    const a = await tempCore();
    cores.push(a);
    const refused = await a.dispatch({ id: 1, method: 'sync.configure', input: { folder: join(a.dataDir, '..'), deviceName: 'a' } });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/must be separate/) } });
  });
});

describe('compaction', () => {
  it('lets a new machine start from a snapshot once old segments are gone, and keeps segments others still need', async () => {
    const folder = newFolder();
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    for (const name of ['Asha', 'Bala', 'Chitra']) {
      await call(a, 'contacts.create', { givenName: name });
      await syncNow(a);
    }
    const segments = () => readdirSync(join(folder, 'devices', aId), { recursive: true }).filter((f) => String(f).endsWith('.seg')).length;
    const aId = (await call<SyncStatus>(a, 'sync.status')).deviceId;
    // b has not synced since joining: a's segments must stay even after a snapshot.
    await call(a, 'sync.now', { compact: true });
    expect(readdirSync(join(folder, 'snapshots'))).toHaveLength(1);
    expect(segments()).toBe(3);
    await syncNow(b);
    await call(a, 'sync.now', { compact: true });
    expect(segments()).toBe(0);
    expect(readdirSync(join(folder, 'snapshots'))).toHaveLength(1);

    const c = await machine(folder, 'c');
    expect((await call<SyncStatus>(c, 'sync.status')).lastReport?.appliedChanges).toBeGreaterThan(0);
    expect(await names(c, 'chi')).toEqual(['Chitra']);
    await call(c, 'contacts.create', { givenName: 'Deepa' });
    await syncNow(c);
    await syncNow(a);
    expect(await names(a, 'dee')).toEqual(['Deepa']);
  });
});
