import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../memory-database';
import type { Sqlite } from '../open-database';
import { createChangeWriter, type ChangeWriter } from './change-writer';

let sqlite: Sqlite;
let writer: ChangeWriter;
const company = { name: 'Ganesh Stores', sort_key: 'ganesh stores', created_at_ms: 1, updated_at_ms: 1 };
const outbox = () => sqlite.prepare('SELECT tbl, row, col, value, prev_ts AS prevTs, ts FROM sync_outbox ORDER BY seq').all() as Record<string, string | null>[];

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  writer = createChangeWriter(sqlite);
});

describe('change writer', () => {
  it('writes the row, stamps every cell and queues it, all with one timestamp', () => {
    writer.insert('companies', 'c1', company);
    expect(sqlite.prepare('SELECT name FROM companies WHERE id = ?').pluck().get('c1')).toBe('Ganesh Stores');
    const queued = outbox();
    expect(queued.map((m) => m.col).sort()).toEqual(['created_at_ms', 'name', 'sort_key', 'updated_at_ms']);
    expect(new Set(queued.map((m) => m.ts)).size).toBe(1);
    expect(queued[0]!.ts!.endsWith(writer.deviceId)).toBe(true);
    expect(sqlite.prepare('SELECT count(*) FROM crdt_cells').pluck().get()).toBe(4);
  });

  it('stamps only changed cells, records what they overwrote, and adds whenChanged only with a change', () => {
    writer.insert('companies', 'c1', company);
    const firstTs = outbox()[0]!.ts;
    sqlite.exec('DELETE FROM sync_outbox');
    expect(writer.update('companies', 'c1', { name: 'Ganesh Stores' }, { updated_at_ms: 2 })).toBe(false);
    expect(outbox()).toEqual([]);
    expect(writer.update('companies', 'c1', { name: 'Ganesh & Sons', sort_key: 'ganesh & sons' }, { updated_at_ms: 2 })).toBe(true);
    const queued = outbox();
    expect(queued.map((m) => [m.col, m.value, m.prevTs])).toEqual([
      ['name', '"Ganesh & Sons"', firstTs],
      ['sort_key', '"ganesh & sons"', firstTs],
      ['updated_at_ms', '2', firstTs],
    ]);
    expect(queued[0]!.ts! > firstTs!).toBe(true);
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
