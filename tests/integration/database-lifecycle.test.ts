import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src-main/boot';
import { openSqlite } from '../../src-main/db/open-database';
import { tempDataDir } from './support/temp-core';

describe('database lifecycle', () => {
  it('backs up before migrating an existing database and then migrates it', async () => {
    const dataDir = tempDataDir();
    const core = await boot({ dataDir });
    await core.dispatch({ id: 1, method: 'contacts.create', input: { givenName: 'Asha' } });
    core.close();
    // Pretend the last migration has not run yet: drop what it made and its record.
    const sqlite = openSqlite(join(dataDir, 'sampark.db'));
    const last = sqlite.prepare('SELECT idx, tag FROM schema_migrations ORDER BY idx DESC LIMIT 1').get() as { idx: number; tag: string };
    expect(last.tag).toBe('0007_birthday_index');
    sqlite.exec('DROP INDEX contacts_birthday_month_day;');
    sqlite.prepare('DELETE FROM schema_migrations WHERE idx = ?').run(last.idx);
    sqlite.close();

    const again = await boot({ dataDir });
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-pre-migration.db'))).toHaveLength(1);
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
