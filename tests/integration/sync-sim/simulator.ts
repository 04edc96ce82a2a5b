// A deterministic multi-device world for sync: each device has its own database, clock and replica
// of the shared folder; a simulated file-sync engine delivers files in any order, twice, truncated
// first, as conflicted copies, or not at all; folders get emptied (unmounted) for a while.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { storedCellTs } from '../../../src-main/db/changes/cell-clocks';
import { createChangeWriter, type ChangeWriter } from '../../../src-main/db/changes/change-writer';
import { openMemoryDatabase } from '../../../src-main/db/memory-database';
import type { Sqlite } from '../../../src-main/db/open-database';
import { createCompaniesService, type CompaniesService } from '../../../src-main/domains/companies';
import { createContactsService, type ContactsService } from '../../../src-main/domains/contacts';
import { createSyncService, type SyncService } from '../../../src-main/domains/sync';
import { EventBus } from '../../../src-main/events';

export const COLUMNS = ['name', 'city', 'notes'] as const;
export type Column = (typeof COLUMNS)[number];

export interface Device {
  index: number;
  sqlite: Sqlite;
  writer: ChangeWriter;
  companies: CompaniesService;
  contacts: ContactsService;
  sync: SyncService;
  replica: string;
  skewMs: number;
  /** Our cell timestamps before each local edit: a deliberate overwrite must get a later one. */
  causalityViolations: string[];
}

export class World {
  nowMs = Date.UTC(2026, 10, 23, 9);
  readonly devices: Device[] = [];
  /** Every file any device has written: relative path → bytes. */
  readonly published = new Map<string, Buffer>();
  /** Oracle: per cell, the newest-timestamp write ever made. */
  readonly oracle = new Map<string, { ts: string; value: unknown }>();
  readonly rowIds: string[] = [];
  private readonly root = mkdtempSync(join(tmpdir(), 'sampark-sim-'));

  static async create(deviceCount: number, skews: number[] = []): Promise<World> {
    const world = new World();
    for (let i = 0; i < deviceCount; i++) await world.addDevice(skews[i] ?? 0);
    // Device 0 makes the folder; everyone else joins once they have its marker.
    await world.syncDevice(0);
    for (const device of world.devices) world.deliverAll(device.index);
    for (let i = 1; i < deviceCount; i++) await world.syncDevice(i);
    return world;
  }

  private async addDevice(skewMs: number) {
    const index = this.devices.length;
    const sqlite = await openMemoryDatabase();
    const now = () => this.nowMs + skewMs;
    const events = new EventBus();
    const writer = createChangeWriter(sqlite, now);
    const companies = createCompaniesService(sqlite, events, writer, now);
    const contacts = createContactsService(sqlite, events, writer, now);
    const replica = join(this.root, `replica-${index}`);
    mkdirSync(replica, { recursive: true });
    const sync = createSyncService({
      sqlite,
      writer,
      dataDir: join(this.root, `data-${index}`),
      schema: 3,
      appVersion: '0.1.0',
      afterApply: (touched, columns) => {
        companies.afterSync(touched.get('companies') ?? []);
        contacts.afterSync(touched, columns);
      },
      wipeLocalData: () => writer.wipeSyncedData(),
      now,
    });
    this.devices.push({ index, sqlite, writer, companies, contacts, sync, replica, skewMs, causalityViolations: [] });
  }

  dispose() {
    for (const device of this.devices) device.sqlite.close();
    rmSync(this.root, { recursive: true, force: true });
  }

  // --- actions -----------------------------------------------------------------------------------

  create(deviceIndex: number, name: string) {
    const device = this.devices[deviceIndex]!;
    const id = device.companies.create({ name, website: '', industry: '', phone: '', city: '', notes: '' });
    this.rowIds.push(id);
    this.recordWrites(device);
  }

  edit(deviceIndex: number, rowIndex: number, column: Column, value: string) {
    const device = this.devices[deviceIndex]!;
    const id = this.rowIds[rowIndex % Math.max(1, this.rowIds.length)];
    if (!id) return;
    const row = device.sqlite.prepare('SELECT name, city, notes FROM companies WHERE id = ?').get(id) as Record<Column, string> | undefined;
    if (!row) return; // not arrived here yet
    const before = storedCellTs(device.sqlite, 'companies', id, column);
    device.companies.update(id, { ...row, [column]: value || 'x', website: '', industry: '', phone: '' }, device.contacts);
    const after = storedCellTs(device.sqlite, 'companies', id, column);
    if (before && after && after <= before && row[column] !== (value || 'x')) device.causalityViolations.push(`${column} of ${id}: ${after} <= ${before}`);
    this.recordWrites(device);
  }

  archive(deviceIndex: number, rowIndex: number, archived: boolean) {
    const device = this.devices[deviceIndex]!;
    const id = this.rowIds[rowIndex % Math.max(1, this.rowIds.length)];
    if (!id || !device.sqlite.prepare('SELECT 1 FROM companies WHERE id = ?').get(id)) return;
    device.companies.setArchived(id, archived);
    this.recordWrites(device);
  }

  async syncDevice(deviceIndex: number, allowMassDelete = true, compact = false) {
    const device = this.devices[deviceIndex]!;
    const folder = device.replica;
    const result = device.sync.status().configured
      ? await device.sync.run({ folder, allowMassDelete, compact })
      : (await device.sync.configure({ folder, deviceName: `d${deviceIndex}`, userName: '', passphrase: null, join: 'merge' })).lastReport!;
    this.publishFrom(device);
    this.recordWrites(device);
    return result;
  }

  /** Delivers one published file to a device's replica, in one of the ways real sync engines do. */
  /** `cut`: how much of the file a truncated delivery carries (a copy still in progress). */
  deliver(fileIndex: number, deviceIndex: number, mode: 'whole' | 'truncated' | 'conflicted-copy', cut = 0.5) {
    const paths = [...this.published.keys()].sort();
    const path = paths[fileIndex % Math.max(1, paths.length)];
    if (!path) return;
    const bytes = this.published.get(path)!;
    const target = join(this.devices[deviceIndex]!.replica, path);
    mkdirSync(dirname(target), { recursive: true });
    if (mode === 'whole') writeFileSync(target, bytes);
    else if (mode === 'truncated') {
      if (!existsFile(target) || readFileSync(target).length < bytes.length) writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length * cut)));
    } else writeFileSync(`${target.replace(/\.(seg|json)$/, '')} (conflicted copy).${path.split('.').pop()}`, bytes);
  }

  deliverAll(deviceIndex: number) {
    for (let i = 0; i < this.published.size; i++) this.deliver(i, deviceIndex, 'whole');
  }

  /** The folder disappears (unmounted) or is emptied for one sync; it must delete nothing. */
  async syncWithEmptiedFolder(deviceIndex: number): Promise<{ before: unknown; after: unknown }> {
    const device = this.devices[deviceIndex]!;
    const hidden = `${device.replica}-hidden`;
    cpSync(device.replica, hidden, { recursive: true });
    rmSync(device.replica, { recursive: true });
    mkdirSync(device.replica);
    const before = this.snapshot(device);
    if (device.sync.status().configured) await device.sync.run({ folder: device.replica });
    const after = this.snapshot(device);
    rmSync(device.replica, { recursive: true });
    cpSync(hidden, device.replica, { recursive: true });
    rmSync(hidden, { recursive: true });
    return { before, after };
  }

  advance(ms: number) {
    this.nowMs += ms;
  }

  // --- observations ------------------------------------------------------------------------------

  /** A device's synced data: row id → synced columns. */
  snapshot(device: Device): Record<string, unknown> {
    const rows = device.sqlite.prepare('SELECT id, name, city, notes, archived_at_ms AS archived FROM companies ORDER BY id').all() as { id: string }[];
    return Object.fromEntries(rows.map(({ id, ...rest }) => [id, rest]));
  }

  /** Cells whose value differs from the newest-timestamp write (the oracle). */
  oracleMismatches(device: Device): string[] {
    const mismatches: string[] = [];
    for (const [key, expected] of this.oracle) {
      const [table, id, column] = key.split('\u0000') as [string, string, string];
      if (table !== 'companies' || !['name', 'city', 'notes', 'archived_at_ms'].includes(column)) continue;
      const actual = (device.sqlite.prepare(`SELECT ${column} AS v FROM companies WHERE id = ?`).get(id) as { v: unknown } | undefined)?.v;
      if (actual !== expected.value) mismatches.push(`${id}.${column}: ${String(actual)} != ${String(expected.value)}`);
    }
    return mismatches;
  }

  private recordWrites(device: Device) {
    const rows = device.sqlite.prepare('SELECT tbl, row, cells, ts FROM sync_outbox WHERE seq > ? ORDER BY seq').all(this.seen(device)) as {
      tbl: string;
      row: string;
      cells: string;
      ts: string;
    }[];
    for (const r of rows) {
      for (const [column, value] of Object.entries(JSON.parse(r.cells) as Record<string, unknown>)) {
        const key = `${r.tbl}\u0000${r.row}\u0000${column}`;
        const current = this.oracle.get(key);
        if (!current || r.ts > current.ts) this.oracle.set(key, { ts: r.ts, value });
      }
    }
    const max = device.sqlite.prepare('SELECT max(seq) FROM sync_outbox').pluck().get() as number | null;
    this.seenSeq.set(device.index, Math.max(this.seen(device), max ?? 0));
  }
  private readonly seenSeq = new Map<number, number>();
  private seen(device: Device) {
    return this.seenSeq.get(device.index) ?? 0;
  }

  private publishFrom(device: Device) {
    for (const file of walk(device.replica)) {
      const path = relative(device.replica, file);
      const own =
        path.startsWith(`devices/${device.writer.deviceId}/`) ||
        path.startsWith(`snapshots/${device.writer.deviceId}-`) ||
        /^(sampark-sync|keyring-\d+)\.json$/.test(path);
      if (own && !path.includes('.tmp-') && !path.includes('conflicted') && !path.endsWith('state.json')) {
        if (!this.published.has(path) || !/\.(seg|snap)$/.test(path)) this.published.set(path, readFileSync(file));
      }
    }
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function existsFile(path: string) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
