// Sync folders written by this release, committed: every later version must still ingest them.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCore } from './support/temp-core';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sync-golden');

describe.each([
  ['plain', null],
  ['encrypted', 'golden passphrase'],
])('golden %s sync folder (format 1)', (kind, passphrase) => {
  it('is ingested completely by this version', async () => {
    const folder = mkdtempSync(join(tmpdir(), `sampark-golden-${kind}-`));
    cpSync(join(FIXTURES, kind), folder, { recursive: true });
    const core = await tempCore();
    try {
      const configured = await core.dispatch({ id: 1, method: 'sync.configure', input: { folder, deviceName: 'reader', passphrase } });
      expect(configured).toMatchObject({ ok: true, value: { lastReport: { status: 'ok', appliedSegments: 1 } } });
      const listed = await core.dispatch({ id: 2, method: 'contacts.list', input: { limit: 500 } });
      const expected = JSON.parse(readFileSync(join(FIXTURES, `${kind}.expected.json`), 'utf8')) as unknown[];
      expect(listed.ok && (listed.value as { items: unknown[] }).items).toEqual(expected);
    } finally {
      core.cleanup();
    }
  });
});
