// Two `sampark sync` processes on real temp data dirs and one real folder, with kill -9 in the middle.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

const list = (dir: string) =>
  (JSON.parse(sampark(['contacts', 'list', '--limit', '500', '--data-dir', dir, '--json']).stdout) as { id: string; displayName: string }[]).map(
    (c) => `${c.id} ${c.displayName}`,
  );

/** Starts a sync and kills it with SIGKILL after `afterMs`, wherever it is. */
function killedSync(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/sampark.js', 'sync', ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe.each([
  ['without a passphrase', null],
  ['with a passphrase', 'मेरा पासवर्ड 42'],
])('sampark sync between two data folders %s', (_label, passphrase) => {
  it('converges after kill -9 while writing and while applying, with nothing lost or doubled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-cli-sync-'));
    const a = tempDataDir();
    const b = tempDataDir();
    const secret = join(a, '..', `pass-${Date.now()}.txt`);
    writeFileSync(secret, `${passphrase ?? ''}\n`);
    const auth = passphrase ? ['--passphrase-file', secret] : [];
    expect(sampark(['seed', '--contacts', '400', '--data-dir', a]).status).toBe(0);
    for (const delay of [60, 150, 300]) await killedSync(['--folder', folder, '--data-dir', a, '--device-name', 'shop', ...auth], delay);
    const first = sampark(['sync', '--folder', folder, '--data-dir', a, '--device-name', 'shop', ...auth, '--json']);
    expect(first.status, first.stderr).toBe(0);

    for (const delay of [60, 150, 300]) await killedSync(['--folder', folder, '--data-dir', b, '--device-name', 'laptop', ...auth], delay);
    const joined = sampark(['sync', '--folder', folder, '--data-dir', b, '--device-name', 'laptop', ...auth, '--json']);
    expect(joined.status, joined.stderr).toBe(0);
    const [la, lb] = [list(a), list(b)];
    expect(lb.filter((x) => !la.includes(x))).toEqual(la.filter((x) => !lb.includes(x)));
    expect(lb).toEqual(la);
    expect(new Set(lb).size).toBe(lb.length);

    // Both machines edit: B adds a contact, A adds another; both sync twice and agree.
    sampark(['seed', '--contacts', '3', '--seed', '9', '--data-dir', b]);
    sampark(['seed', '--contacts', '2', '--seed', '5', '--data-dir', a]);
    for (const dir of [a, b, a]) expect(sampark(['sync', '--data-dir', dir]).status).toBe(0);
    expect(list(a)).toHaveLength(405);
    expect(list(b)).toEqual(list(a));

    const status = JSON.parse(sampark(['sync', 'status', '--data-dir', b, '--json']).stdout) as { devices: { name: string }[]; encrypted: boolean };
    expect(status.devices.map((d) => d.name)).toEqual(['shop']);
    expect(status.encrypted).toBe(passphrase !== null);
  }, 180_000);
});
