// Segments and bulk actions through dispatch on a real data dir: segments follow edits, a bulk
// action and its undo put every contact back exactly, and a bulk action over 10,000 contacts is one
// transaction (invisible to another connection until it commits; all or nothing when it fails).
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../src-shared/contract/contacts';
import type { AppEvent } from '../../src-shared/contract/events';
import { boot } from '../../src-main/boot';
import { sampark } from './support/run-cli';
import { tempCore, tempDataDir } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
let core: Core | undefined;
afterEach(() => core?.cleanup());

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  const response = await core!.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.value as T;
}

const everyone = async () => (await call<{ ids: string[] }>('segments.ids', {})).ids;
const details = async (ids: string[]) => Promise.all(ids.map((id) => call<ContactDetail>('contacts.get', { id })));
const chennai = { match: 'all', conditions: [{ field: 'city', op: 'is', value: 'Chennai' }] };

describe('segments through dispatch', () => {
  it('a saved segment stays up to date as contacts are edited, added and archived', async () => {
    core = await tempCore();
    const segment = await call<{ id: string }>('segments.create', { name: 'Chennai', filter: chennai });
    const count = async () => (await call<{ count: number }>('segments.count', { segmentId: segment.id })).count;
    expect(await count()).toBe(0);
    const meena = await call<ContactDetail>('contacts.create', { givenName: 'Meena', addresses: [{ locality: 'Chennai' }] });
    await call('contacts.create', { givenName: 'Kavya', addresses: [{ locality: 'Madurai' }] });
    expect(await count()).toBe(1);
    await call('contacts.update', { id: meena.id, fields: { givenName: 'Meena', addresses: [{ locality: 'Coimbatore' }] } });
    expect(await count()).toBe(0);
    const ravi = await call<ContactDetail>('contacts.create', { givenName: 'Ravi', addresses: [{ locality: 'chennai ' }] });
    expect(await count()).toBe(1);
    await call('contacts.archive', { id: ravi.id });
    expect(await count()).toBe(0);
  });

  it('bad filters get clear errors naming the condition', async () => {
    core = await tempCore();
    const response = await core.dispatch({ id: 1, method: 'segments.count', input: { filter: { conditions: [{ field: 'city', op: 'is', value: 42 }] } } });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^filter\.conditions\.0\.value: /) } });
    const unknown = await core.dispatch({ id: 1, method: 'segments.create', input: { name: 'X', filter: { conditions: [{ field: 'mood', op: 'isEmpty' }] } } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'filter.conditions.0: Sampark has no field "mood" to filter on' } });
  });

  it('bulk tag, stage, owner, flags and archive over a segment, each undone exactly', async () => {
    core = await tempCore();
    await call('demo.seed', { contacts: 300, seed: 5 });
    const ids = await everyone();
    // Some contacts already have the tag: undo must leave theirs alone.
    const already = ids.slice(0, 20);
    await call('segments.bulk', { target: { ids: already }, action: { type: 'addTag', tag: 'Pongal' } });
    const segment = await call<{ id: string }>('segments.create', { name: 'Half', filter: { match: 'any', conditions: [{ field: 'email', op: 'isNotEmpty' }] } });
    const before = await details(ids);
    const inSegment = (await call<{ ids: string[] }>('segments.ids', { segmentId: segment.id })).ids;
    const actions = [
      { type: 'addTag', tag: 'pongal' },
      { type: 'removeTag', tag: 'Pongal' },
      { type: 'setStage', stage: 'customer' },
      { type: 'setOwner', owner: 'Lakshmi' },
      { type: 'setField', field: 'source', value: 'Trade fair' },
      { type: 'setField', field: 'preferredLanguage', value: 'ta' },
      { type: 'setFlag', field: 'isDoNotMail', value: true },
      { type: 'archive' },
    ];
    for (const action of actions) {
      const result = await call<{ bulkId: string; total: number; changed: number }>('segments.bulk', { target: { segmentId: segment.id }, action });
      expect(result.total, action.type).toBe(inSegment.length);
      expect(result.changed, action.type).toBeGreaterThan(0);
      expect(await details(ids)).not.toEqual(before);
      await call('segments.undoBulk', { bulkId: result.bulkId });
      expect(await details(ids), action.type).toEqual(before);
    }
    const again = await core.dispatch({ id: 1, method: 'segments.undoBulk', input: { bulkId: (await call<{ bulkId: string }>('segments.bulk', { target: { ids: [ids[0]] }, action: { type: 'archive' } })).bulkId } });
    expect(again.ok).toBe(true);
  });

  it('all matching but a few: the filter decides who, the exceptions stay untouched', async () => {
    core = await tempCore();
    const people = [];
    for (const givenName of ['Anu', 'Babu', 'Chella', 'Devi']) people.push(await call<ContactDetail>('contacts.create', { givenName, addresses: [{ locality: givenName === 'Devi' ? 'Pune' : 'Chennai' }] }));
    const result = await call<{ total: number; changed: number }>('segments.bulk', {
      target: { filter: chennai, excludeIds: [people[1]!.id] },
      action: { type: 'setOwner', owner: 'Lakshmi' },
    });
    expect(result).toMatchObject({ total: 2, changed: 2 });
    expect((await details(people.map((p) => p.id))).map((c) => c.owner)).toEqual(['Lakshmi', '', 'Lakshmi', '']);
  });

  it('undo leaves values changed since the bulk action alone', async () => {
    core = await tempCore();
    const a = await call<ContactDetail>('contacts.create', { givenName: 'A' });
    const b = await call<ContactDetail>('contacts.create', { givenName: 'B' });
    const { bulkId } = await call<{ bulkId: string }>('segments.bulk', { target: { ids: [a.id, b.id] }, action: { type: 'setStage', stage: 'lead' } });
    await call('contacts.update', { id: b.id, fields: { givenName: 'B', lifecycleStage: 'customer' } });
    expect(await call('segments.undoBulk', { bulkId })).toEqual({ restored: 1 });
    expect((await details([a.id, b.id])).map((c) => c.lifecycleStage)).toEqual(['', 'customer']);
    await expect(call('segments.undoBulk', { bulkId })).rejects.toThrow('That bulk action was already undone.');
  });

  it('a bulk action over 10,000 contacts is one transaction, with progress while it runs', async () => {
    core = await tempCore();
    await call('demo.seed', { contacts: 10_000, seed: 9 });
    const reader = new Database(core.databaseFile, { readonly: true });
    const tagged = reader.prepare(
      `SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'Diwali 2026' AND ct.deleted_at_ms IS NULL`,
    ).pluck();
    const progress: { done: number; total: number; seenByOthers: number }[] = [];
    const unsubscribe = core.events.subscribe((event: AppEvent) => {
      if (event.type === 'progress' && event.job === 'segments.bulk') {
        // Another connection sees nothing until the one transaction commits.
        progress.push({ done: event.done, total: event.total, seenByOthers: tagged.get() as number });
      }
    });
    const result = await call<{ total: number; changed: number }>('segments.bulk', { target: { filter: { conditions: [] } }, action: { type: 'addTag', tag: 'Diwali 2026' } });
    unsubscribe();
    expect(result).toMatchObject({ total: 10_000, changed: 10_000 });
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toMatchObject({ done: 10_000, total: 10_000 });
    expect(progress.every((p) => p.total === 10_000 && p.seenByOthers === 0)).toBe(true);
    expect(tagged.get()).toBe(10_000);

    // A failure part-way (here a trigger that refuses the 9,000th contact) leaves nothing behind.
    const ninethousandth = (await everyone())[8999]!;
    const writer = new Database(core.databaseFile);
    writer.exec(`CREATE TRIGGER refuse_one BEFORE UPDATE OF lifecycle_stage ON contacts WHEN NEW.id = '${ninethousandth}' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    writer.close();
    const outbox = () => reader.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number;
    const inactive = () => reader.prepare(`SELECT count(*) FROM contacts WHERE lifecycle_stage = 'inactive'`).pluck().get() as number;
    const queued = outbox();
    const inactiveBefore = inactive();
    const failed = await core.dispatch({ id: 1, method: 'segments.bulk', input: { target: { filter: { conditions: [] } }, action: { type: 'setStage', stage: 'inactive' } } });
    expect(failed.ok).toBe(false);
    expect(inactive()).toBe(inactiveBefore);
    expect(inactiveBefore).toBeLessThan(9000);
    expect(reader.prepare('SELECT count(*) FROM bulk_operations').pluck().get()).toBe(1);
    expect(outbox()).toBe(queued);
    reader.close();
    // Seeding 10,000 contacts on a loaded machine can take most of a minute.
  }, 180_000);
});

describe('segments between machines', () => {
  it('a saved segment, its rename, a bulk tag and its deletion reach the other machine', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
    const desk = await tempCore();
    core = await tempCore();
    const laptop = core;
    const on = async <T>(machine: Core, method: string, input: unknown = {}) => {
      const response = await machine.dispatch({ id: 1, method, input });
      if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
      return response.value as T;
    };
    try {
      for (const [machine, name] of [[laptop, 'laptop'], [desk, 'desk']] as const) await on(machine, 'sync.configure', { folder, deviceName: name, passphrase: null });
      const meena = await on<ContactDetail>(laptop, 'contacts.create', { givenName: 'Meena', addresses: [{ locality: 'Chennai' }] });
      const segment = await on<{ id: string }>(laptop, 'segments.create', { name: 'Chennai', filter: chennai });
      await on(laptop, 'segments.bulk', { target: { segmentId: segment.id }, action: { type: 'addTag', tag: 'Pongal' } });
      await on(laptop, 'sync.now', { allowMassDelete: false });
      const seen: string[] = [];
      desk.events.subscribe((event) => event.type === 'changed' && seen.push(event.domain));
      await on(desk, 'sync.now', { allowMassDelete: false });
      expect(seen).toContain('segments');
      expect(await on(desk, 'segments.list')).toMatchObject({ items: [{ id: segment.id, name: 'Chennai', filter: chennai }] });
      expect(await on(desk, 'segments.count', { segmentId: segment.id })).toEqual({ count: 1 });
      expect((await on<ContactDetail>(desk, 'contacts.get', { id: meena.id })).tags).toEqual(['Pongal']);

      await on(desk, 'segments.update', { id: segment.id, fields: { name: 'Chennai people', filter: chennai } });
      await on(desk, 'sync.now', { allowMassDelete: false });
      await on(laptop, 'sync.now', { allowMassDelete: false });
      expect(await on(laptop, 'segments.get', { id: segment.id })).toMatchObject({ name: 'Chennai people' });
      await on(laptop, 'segments.delete', { id: segment.id });
      await on(laptop, 'sync.now', { allowMassDelete: false });
      await on(desk, 'sync.now', { allowMassDelete: false });
      expect(await on(desk, 'segments.list')).toEqual({ items: [] });
    } finally {
      desk.cleanup();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('segments on the command line', () => {
  it('lists segments, lists and exports a segment’s contacts', async () => {
    const dir = tempDataDir();
    sampark(['seed', '--contacts', '200', '--data-dir', dir]);
    const booted = await boot({ dataDir: dir });
    core = Object.assign(booted, { cleanup: () => booted.close() });
    await call('segments.create', { name: 'Has email', filter: { conditions: [{ field: 'email', op: 'isNotEmpty' }] } });
    const { count } = await call<{ count: number }>('segments.count', { filter: { conditions: [{ field: 'email', op: 'isNotEmpty' }] } });
    core.cleanup();
    core = undefined;
    expect(count).toBeGreaterThan(50);

    const listed = sampark(['segments', 'list', '--data-dir', dir, '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'Has email', count }]);
    expect(sampark(['segments', 'list', '--data-dir', dir]).stdout.trim()).toBe(`Has email  (${count} contacts)`);

    const members = JSON.parse(sampark(['contacts', 'list', '--segment', 'has EMAIL', '--limit', '500', '--data-dir', dir, '--json']).stdout) as { primaryEmail: string | null }[];
    expect(members).toHaveLength(count);
    expect(members.every((m) => m.primaryEmail)).toBe(true);
    const newest = JSON.parse(sampark(['contacts', 'list', '--segment', 'Has email', '--sort', 'created', '--desc', '--limit', '3', '--data-dir', dir, '--json']).stdout) as unknown[];
    expect(newest).toHaveLength(3);

    const out = join(dir, 'has-email.json');
    const exported = sampark(['export', 'contacts', '--format', 'json', '--segment', 'Has email', '--out', out, '--data-dir', dir]);
    expect(exported.stdout.trim()).toBe(`Wrote ${count} contacts to ${out}.`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { contacts: unknown[] }).contacts).toHaveLength(count);

    const missing = sampark(['contacts', 'list', '--segment', 'Nobody', '--data-dir', dir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('sampark: No segment called "Nobody". See: sampark segments list');
    expect(sampark(['contacts', 'list', '--segment', 'Has email', '--sort', 'shoe', '--data-dir', dir]).stderr).toMatch(/^sampark: --sort is one of name, company/);
    rmSync(dir, { recursive: true, force: true });
  });
});
