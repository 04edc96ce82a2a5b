// Settings that belong to the data (the country phone numbers are read in) sync; this machine's own
// (the language of its window) do not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncReport } from '../../src-shared/contract/sync';
import type { Settings } from '../../src-shared/contract/system';
import { boot, type Core } from '../../src-main/boot';
import { openSqlite } from '../../src-main/db/open-database';
import { tempDataDir } from './support/temp-core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.value as T;
}

async function machine(dataDir = tempDataDir()): Promise<Core> {
  const core = await boot({ dataDir, systemLocale: 'en-IN' });
  cleanups.push(() => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return core;
}

describe('data settings', () => {
  it('reach the other machine; the language stays with each machine', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-settings-sync-'));
    const [a, b] = [await machine(), await machine()];
    for (const [core, name] of [[a, 'shop'], [b, 'laptop']] as const) await call(core, 'sync.configure', { folder, deviceName: name, passphrase: null });
    await call(a, 'system.updateSettings', { defaultCountry: 'AE', language: 'hi' });
    await call<SyncReport>(a, 'sync.now');
    expect(await call<SyncReport>(b, 'sync.now')).toMatchObject({ status: 'ok', appliedSegments: 1 });
    expect(await call<Settings>(b, 'system.getSettings')).toEqual({ defaultCountry: 'AE', language: 'auto' });
    // A phone number typed on B without a country code is now read as a UAE number.
    const contact = await call<{ phones: { e164: string | null }[] }>(b, 'contacts.create', { givenName: 'Zoya', phones: [{ value: '050 123 4567' }] });
    expect(contact.phones[0]?.e164).toBe('+971501234567');
  });

  it('set by an earlier version on this machine are kept and sent', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-settings-sync-'));
    const dataDir = tempDataDir();
    (await boot({ dataDir, systemLocale: 'en-IN' })).close();
    // Where earlier versions kept every setting: with the installation.
    const sqlite = openSqlite(join(dataDir, 'sampark.db'));
    sqlite.prepare(`INSERT INTO app_settings (key, value) VALUES ('defaultCountry', '"LK"'), ('language', '"ta"')`).run();
    sqlite.close();
    const a = await machine(dataDir);
    expect(await call<Settings>(a, 'system.getSettings')).toEqual({ defaultCountry: 'LK', language: 'ta' });
    const b = await machine();
    await call(a, 'sync.configure', { folder, deviceName: 'shop', passphrase: null });
    await call(b, 'sync.configure', { folder, deviceName: 'laptop', passphrase: null });
    expect(await call<Settings>(b, 'system.getSettings')).toEqual({ defaultCountry: 'LK', language: 'auto' });
  });
});
