import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadMigrations, migrate, type Migration } from './migrate';
import { findMigrationsDir } from './migrations-dir';
import { openSqlite } from './open-database';

const shipped = () => loadMigrations(findMigrationsDir());

describe('migrate', () => {
  it('applies every shipped migration to an empty database without a backup', async () => {
    const sqlite = openSqlite(':memory:');
    const backup = vi.fn(async () => undefined);
    const { applied } = await migrate(sqlite, shipped(), backup);
    expect(applied).toEqual(shipped().map((m) => m.tag));
    expect(backup).not.toHaveBeenCalled();
    expect(sqlite.pragma('user_version', { simple: true })).toBe(shipped().length);
    expect((await migrate(sqlite, shipped(), backup)).applied).toEqual([]);
  });

  it('backs up first when an existing database gets new migrations', async () => {
    const sqlite = openSqlite(':memory:');
    const all = shipped();
    await migrate(sqlite, all.slice(0, 1), async () => undefined);
    const order: string[] = [];
    await migrate(sqlite, all, async () => void order.push('backup'));
    expect(order).toEqual(['backup']);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const sqlite = openSqlite(':memory:');
    const future: Migration = { idx: 99, tag: '0099_future', statements: ['CREATE TABLE future (x)'], hash: 'f' };
    await migrate(sqlite, [...shipped(), future], async () => undefined);
    await expect(migrate(sqlite, shipped(), async () => undefined)).rejects.toThrow(/newer version of Sampark/);
  });

  it('rolls back every pending migration when one fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sampark-mig-'));
    mkdirSync(join(dir, 'meta'));
    writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ entries: [{ idx: 0, tag: '0000_a' }, { idx: 1, tag: '0001_b' }] }));
    writeFileSync(join(dir, '0000_a.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(dir, '0001_b.sql'), 'CREATE TABLE b (x);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    const sqlite = openSqlite(':memory:');
    await expect(migrate(sqlite, loadMigrations(dir), async () => undefined)).rejects.toThrow();
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name IN ('a', 'b')`).all()).toEqual([]);
  });
});
