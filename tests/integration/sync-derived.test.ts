// Sort keys and the search index follow a sync once at the end of the run; a run killed before that
// leaves the work owed, and the next run does it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src-main/db/open-database';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.value as T;
}
const found = async (core: Core, text: string) => (await call<{ items: { displayName: string }[] }>(core, 'contacts.search', { text })).items.map((c) => c.displayName);

describe('derived data after a sync', () => {
  it('is redone for every row by the run after one killed before its end', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-derived-'));
    const [a, b] = [await tempCore(), await tempCore()];
    cores.push(a, b);
    for (const [core, name] of [[a, 'a'], [b, 'b']] as const) await call(core, 'sync.configure', { folder, deviceName: name, passphrase: null });
    await call(a, 'contacts.create', { givenName: 'Meenakshi', familyName: 'Sundaram', emails: [{ value: 'meena@example.in' }] });
    await call(a, 'sync.now');
    await call(b, 'sync.now');
    expect(await found(b, 'meena@example')).toEqual(['Meenakshi Sundaram']);
    // As a run killed after applying, before its derived work: the debt recorded, the index not rebuilt.
    const sqlite = openSqlite(b.databaseFile);
    sqlite.exec(`DELETE FROM contacts_fts; DELETE FROM contact_search_rows; UPDATE contacts SET sort_key = '';`);
    sqlite.prepare(`INSERT INTO sync_meta (key, value) VALUES ('derived_work_owed', '1')`).run();
    sqlite.close();
    expect(await found(b, 'meena@example')).toEqual([]);
    expect(await call(b, 'sync.now')).toMatchObject({ status: 'ok', appliedSegments: 0 });
    expect(await found(b, 'meena@example')).toEqual(['Meenakshi Sundaram']);
    expect(await found(b, 'Meen')).toEqual(['Meenakshi Sundaram']);
  });
});
