import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../src-shared/contract/system';
import { backupFileName, backupsToKeep, checkDatabaseFile, listBackups, parseBackupName, writeBackup } from './backups';
import { openSqlite } from './open-database';

const DAY = 86400_000;

describe('backup names', () => {
  it('round-trip time and reason', () => {
    const at = Date.UTC(2026, 10, 23, 14, 5, 12, 123);
    const name = backupFileName(at, 'pre-migration');
    expect(name).toBe('sampark-20261123-140512-123-pre-migration.db');
    expect(parseBackupName(name)).toEqual({ createdAtMs: at, reason: 'pre-migration' });
    expect(parseBackupName('sampark.db')).toBeNull();
    expect(parseBackupName(`${name}.partial`)).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the last day, 7 daily and 4 weekly generations', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    // two backups a day for 60 days
    const all: Backup[] = [];
    for (let i = 0; i < 120; i++) {
      const at = now - i * (DAY / 2) - 1000;
      all.push({ file: backupFileName(at, 'daily'), reason: 'daily', createdAtMs: at, sizeBytes: 1 });
    }
    const keep = backupsToKeep(all, now);
    const kept = all.filter((b) => keep.has(b.file));
    const recent = kept.filter((b) => now - b.createdAtMs < DAY);
    expect(recent).toHaveLength(2);
    const older = kept.filter((b) => now - b.createdAtMs >= DAY);
    expect(older).toHaveLength(7 + 4);
    const oldest = Math.min(...kept.map((b) => b.createdAtMs));
    expect(now - oldest).toBeGreaterThan(5 * 7 * DAY - 2 * 7 * DAY);
    expect(now - oldest).toBeLessThan(6 * 7 * DAY);
  });
});

describe('writeBackup', () => {
  it('writes a checked copy through the online backup API and lists it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sampark-backup-'));
    const live = openSqlite(join(dir, 'live.db'));
    live.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1), (2);');
    const backup = await writeBackup(live, join(dir, 'backups'), 'manual');
    expect(readdirSync(join(dir, 'backups'))).toEqual([backup.file]);
    const copy = openSqlite(join(dir, 'backups', backup.file), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    copy.close();
    expect(listBackups(join(dir, 'backups')).map((b) => b.reason)).toEqual(['manual']);
    live.close();
  });

  it('rejects a file that is not a database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sampark-backup-'));
    writeFileSync(join(dir, 'junk.db'), 'this is not sqlite at all, just text '.repeat(200));
    expect(() => checkDatabaseFile(join(dir, 'junk.db'))).toThrow(/not a usable Sampark backup/);
  });
});
