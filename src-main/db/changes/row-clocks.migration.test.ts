// The row-clocks migration on a database written by the previous version (one timestamp row per
// cell): every synced cell keeps exactly the timestamp it had, and the database keeps syncing.
// The fixture is machine B of two synced machines (demo data, edits on both, conflicts, a value set
// back to its default, an archived contact, a local edit still in the outbox); see its README.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../migrate';
import { findMigrationsDir } from '../migrations-dir';
import { openSqlite, type Sqlite } from '../open-database';
import { cellTs, createCellClocks } from './cell-clocks';
import { createChangeWriter } from './change-writer';
import { SYNCED_TABLES, type CellValue, type SyncedTable } from './synced-tables';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'pre-row-clock', 'sampark.db');

function openFixture(): Sqlite {
  const file = join(mkdtempSync(join(tmpdir(), 'sampark-rowclock-')), 'sampark.db');
  copyFileSync(FIXTURE, file);
  return openSqlite(file);
}

/** Tables of the fixture's schema (later migrations add more, empty). */
const tablesIn = (sqlite: Sqlite) =>
  (Object.keys(SYNCED_TABLES) as SyncedTable[]).filter((t) => sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t));

/** Every synced cell's timestamp as the previous version stored it (null: never written). */
function timestampsBefore(sqlite: Sqlite): Map<string, string | null> {
  const stamped = new Map(
    (sqlite.prepare('SELECT tbl, row, col, ts FROM crdt_cells').all() as { tbl: string; row: string; col: string; ts: string }[]).map((c) => [
      `${c.tbl}.${c.row}.${c.col}`,
      c.ts,
    ]),
  );
  const all = new Map<string, string | null>();
  for (const table of tablesIn(sqlite)) {
    for (const { id } of sqlite.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]) {
      for (const column of SYNCED_TABLES[table]) all.set(`${table}.${id}.${column}`, stamped.get(`${table}.${id}.${column}`) ?? null);
    }
  }
  return all;
}

function timestampsAfter(sqlite: Sqlite, tables: SyncedTable[]): Map<string, string | null> {
  const clocks = createCellClocks(sqlite);
  const all = new Map<string, string | null>();
  for (const table of tables) {
    for (const row of sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, CellValue>[]) {
      const clock = clocks.read(table, row.id as string);
      for (const column of SYNCED_TABLES[table]) all.set(`${table}.${row.id}.${column}`, cellTs(clock, table, column, row[column]) ?? null);
    }
  }
  return all;
}

describe('row clocks migration', () => {
  it('keeps the timestamp of every synced cell and drops the per-cell rows it no longer needs', async () => {
    const sqlite = openFixture();
    const tables = tablesIn(sqlite);
    const before = timestampsBefore(sqlite);
    const cellRowsBefore = sqlite.prepare('SELECT count(*) FROM crdt_cells').pluck().get() as number;
    const stampedBefore = [...before.values()].filter((ts) => ts !== null).length;
    expect(stampedBefore).toBeGreaterThan(900);
    const { applied } = await migrate(sqlite, loadMigrations(findMigrationsDir()), async () => undefined);
    expect(applied.some((tag) => tag.endsWith('_row_clocks'))).toBe(true);

    const after = timestampsAfter(sqlite, tables);
    const changed = [...before].filter(([key, ts]) => after.get(key) !== ts);
    expect(changed).toEqual([]);
    expect(after.size).toBe(before.size);
    const rowClocks = sqlite.prepare('SELECT count(*) FROM crdt_rows').pluck().get() as number;
    const ownCells = sqlite.prepare('SELECT count(*) FROM crdt_cells').pluck().get() as number;
    expect(rowClocks + ownCells).toBeLessThan(cellRowsBefore / 3);
    sqlite.close();
  });

  it('keeps a cell that never had a timestamp as never written, whatever it holds', async () => {
    const sqlite = openSqlite(':memory:');
    const all = loadMigrations(findMigrationsDir());
    const index = all.findIndex((m) => m.tag.endsWith('_row_clocks'));
    await migrate(sqlite, all.slice(0, index), async () => undefined);
    // As the previous version could leave it: city and notes written without a stamp.
    sqlite.prepare(`INSERT INTO companies (id, name, city, notes, created_at_ms, updated_at_ms) VALUES ('c1', 'Ganesh Stores', 'Pune', '', 1, 1)`).run();
    const ts = '2026-11-23T10:00:00.000Z-0000-00000000000000AA';
    for (const column of ['name', 'created_at_ms', 'updated_at_ms']) sqlite.prepare(`INSERT INTO crdt_cells VALUES ('companies', 'c1', ?, ?)`).run(column, ts);
    await migrate(sqlite, all, async () => undefined);
    const row = sqlite.prepare(`SELECT * FROM companies WHERE id = 'c1'`).get() as Record<string, CellValue>;
    const clock = createCellClocks(sqlite).read('companies', 'c1');
    const stamps = Object.fromEntries(['name', 'city', 'notes', 'updated_at_ms'].map((c) => [c, cellTs(clock, 'companies', c, row[c]) ?? null]));
    expect(stamps).toEqual({ name: ts, city: null, notes: null, updated_at_ms: ts });
    expect(sqlite.prepare('SELECT col, ts FROM crdt_cells').all()).toEqual([{ col: 'city', ts: '' }]);
  });

  it('leaves a database whose next edit reports the timestamps it overwrote', async () => {
    const sqlite = openFixture();
    // A contact edited on both machines: its notes carry a timestamp of their own.
    const { row, ts: notesTs } = sqlite
      .prepare(`SELECT row, ts FROM crdt_cells WHERE tbl = 'contacts' AND col = 'notes' ORDER BY ts DESC LIMIT 1`)
      .get() as { row: string; ts: string };
    const givenTs = sqlite.prepare(`SELECT ts FROM crdt_cells WHERE tbl = 'contacts' AND row = ? AND col = 'given_name'`).pluck().get(row) as string;
    await migrate(sqlite, loadMigrations(findMigrationsDir()), async () => undefined);
    const writer = createChangeWriter(sqlite);
    writer.update('contacts', row, { notes: 'after the upgrade', given_name: 'Upgraded' });
    const queued = sqlite.prepare('SELECT prev FROM sync_outbox ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    expect(JSON.parse(queued)).toEqual({ notes: notesTs, given_name: givenTs });
    sqlite.close();
  });
});
