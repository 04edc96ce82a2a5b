import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src-main/boot';
import { tempDataDir } from './support/temp-core';

describe('background sync', () => {
  it('carries a change to the other running machine without anyone pressing Sync', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-bg-sync-'));
    const a = await boot({ dataDir: tempDataDir(), backgroundSync: true });
    const b = await boot({ dataDir: tempDataDir(), backgroundSync: true });
    try {
      for (const [core, name] of [[a, 'a'], [b, 'b']] as const) {
        const r = await core.dispatch({ id: 1, method: 'sync.configure', input: { folder, deviceName: name } });
        expect(r.ok).toBe(true);
      }
      await a.dispatch({ id: 2, method: 'contacts.create', input: { givenName: 'Lakshmi', familyName: 'Narayanan' } });
      const deadline = Date.now() + 20_000;
      let found: unknown[] = [];
      while (Date.now() < deadline && found.length === 0) {
        await new Promise((r) => setTimeout(r, 250));
        const response = await b.dispatch({ id: 3, method: 'contacts.search', input: { text: 'laksh' } });
        found = response.ok ? (response.value as { items: unknown[] }).items : [];
      }
      expect(found).toHaveLength(1);
    } finally {
      a.close();
      b.close();
    }
  }, 30_000);
});
