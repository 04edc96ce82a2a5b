import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src-main/boot';
import { loadMigrations, migrate } from '../../src-main/db/migrate';
import { findMigrationsDir } from '../../src-main/db/migrations-dir';
import { openSqlite } from '../../src-main/db/open-database';
import { tempDataDir } from './support/temp-core';

describe('database lifecycle', () => {
  it('backs up before migrating an existing database and then migrates it', async () => {
    const dataDir = tempDataDir();
    // A database an older version left behind: every migration but the newest, with a contact in it.
    const shipped = loadMigrations(findMigrationsDir());
    const sqlite = openSqlite(join(dataDir, 'sampark.db'));
    await migrate(sqlite, shipped.slice(0, -1), async () => undefined);
    sqlite
      .prepare('INSERT INTO contacts (id, given_name, display_name, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?)')
      .run('0190a000-0000-7000-8000-000000000001', 'Asha', 'Asha', 1, 1);
    sqlite.close();
    const older = await boot({ dataDir });
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-pre-migration.db'))).toHaveLength(1);
    older.close();

    // Booting again finds nothing to migrate: no second backup, the data is there.
    const again = await boot({ dataDir });
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-pre-migration.db'))).toHaveLength(1);
    const reopened = openSqlite(join(dataDir, 'sampark.db'));
    const last = reopened.prepare('SELECT tag FROM schema_migrations ORDER BY idx DESC LIMIT 1').get() as { tag: string };
    reopened.close();
    expect(last.tag).toBe(shipped.at(-1)!.tag);
    const count = await again.dispatch({ id: 2, method: 'contacts.count', input: {} });
    expect(count).toMatchObject({ ok: true, value: { active: 1 } });
    again.close();
  });

  it('refuses to open a database written by a newer version, and leaves it as it was', async () => {
    const dataDir = tempDataDir();
    (await boot({ dataDir })).close();
    const sqlite = openSqlite(join(dataDir, 'sampark.db'));
    sqlite.prepare(`INSERT INTO schema_migrations (idx, tag, hash, applied_at_ms) VALUES (99, '0099_future', 'x', 0)`).run();
    sqlite.close();
    await expect(boot({ dataDir })).rejects.toThrow(/newer version of Sampark/);
    const after = openSqlite(join(dataDir, 'sampark.db'));
    expect(after.prepare('SELECT max(idx) FROM schema_migrations').pluck().get()).toBe(99);
    after.close();
  });

  it('takes a daily backup when the app runs and none was taken today', async () => {
    const dataDir = tempDataDir();
    const core = await boot({ dataDir, dailyBackups: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-daily.db'))).toHaveLength(1);
    core.close();
    const second = await boot({ dataDir, dailyBackups: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-daily.db'))).toHaveLength(1);
    second.close();
  });
});

describe('data folder placement', () => {
  it('refuses a data folder inside a file-sync folder and says why', async () => {
    const synced = tempDataDir();
    writeFileSync(join(synced, '.stfolder'), '');
    await expect(boot({ dataDir: join(synced, 'Sampark') })).rejects.toThrow(/inside Syncthing.*move the data folder out/);
    expect(existsSync(join(synced, 'Sampark', 'sampark.db'))).toBe(false);
  });
});
