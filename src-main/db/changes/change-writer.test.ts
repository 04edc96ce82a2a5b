import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../memory-database';
import type { Sqlite } from '../open-database';
import { createChangeWriter, type ChangeWriter } from './change-writer';

let sqlite: Sqlite;
let writer: ChangeWriter;
const company = { name: 'Ganesh Stores', sort_key: 'ganesh stores', created_at_ms: 1, updated_at_ms: 1 };
const outbox = () =>
  (sqlite.prepare('SELECT tbl, row, cells, prev, ts FROM sync_outbox ORDER BY seq').all() as { tbl: string; row: string; cells: string; prev: string; ts: string }[]).map(
    (r) => ({ ...r, cells: JSON.parse(r.cells) as Record<string, unknown>, prev: JSON.parse(r.prev) as Record<string, string | null> }),
  );

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  writer = createChangeWriter(sqlite);
});

describe('change writer', () => {
  it('writes the row, stamps every synced cell and queues the write with one timestamp', () => {
    writer.insert('companies', 'c1', company);
    expect(sqlite.prepare('SELECT name, sort_key FROM companies WHERE id = ?').get('c1')).toEqual({ name: 'Ganesh Stores', sort_key: 'ganesh stores' });
    const [queued, ...more] = outbox();
    expect(more).toEqual([]);
    // sort_key is derived on every machine: written, never sent
    expect(queued!.cells).toEqual({ name: 'Ganesh Stores', created_at_ms: 1, updated_at_ms: 1 });
    expect(queued!.prev).toEqual({});
    expect(queued!.ts.endsWith(writer.deviceId)).toBe(true);
    // One clock entry for the new row; no cell needs one of its own.
    expect(sqlite.prepare('SELECT tbl, row, ts FROM crdt_rows').all()).toEqual([{ tbl: 'companies', row: 'c1', ts: queued!.ts }]);
    expect(sqlite.prepare('SELECT count(*) FROM crdt_cells').pluck().get()).toBe(0);
  });

  it('stamps only changed cells, records what they overwrote, and adds whenChanged only with a change', () => {
    writer.insert('companies', 'c1', company);
    const firstTs = outbox()[0]!.ts;
    sqlite.exec('DELETE FROM sync_outbox');
    expect(writer.update('companies', 'c1', { name: 'Ganesh Stores' }, { updated_at_ms: 2 })).toBe(false);
    expect(outbox()).toEqual([]);
    expect(writer.update('companies', 'c1', { name: 'Ganesh & Sons', sort_key: 'ganesh & sons' }, { updated_at_ms: 2 })).toBe(true);
    const [queued] = outbox();
    expect(queued!.cells).toEqual({ name: 'Ganesh & Sons', updated_at_ms: 2 });
    expect(queued!.prev).toEqual({ name: firstTs, updated_at_ms: firstTs });
    expect(queued!.ts > firstTs!).toBe(true);
  });

  it('refuses columns that are not synced and tables rows that do not exist', () => {
    expect(() => writer.insert('companies', 'c2', { ...company, password: 'x' })).toThrow(/no synced column password/);
    expect(() => writer.update('companies', 'missing', { name: 'x' })).toThrow(/No companies row/);
  });

  it('keeps one device id and a monotonic clock across restarts', () => {
    writer.insert('companies', 'c1', company);
    const again = createChangeWriter(sqlite);
    expect(again.deviceId).toBe(writer.deviceId);
    again.update('companies', 'c1', { name: 'Later' });
    const [first, second] = [outbox()[0]!.ts!, outbox().at(-1)!.ts!];
    expect(second > first).toBe(true);
  });
});
