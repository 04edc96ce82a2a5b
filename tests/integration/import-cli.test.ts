// `sampark import` and `sampark export` as a user runs them, including kill -9 in the middle of an import.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

function googleCsv(rows: number): string {
  const lines = ['First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Labels'];
  for (let i = 0; i < rows; i++) lines.push(`प्रिया${i},शर्मा,Sharma Textiles,* work,priya${i}@example.in,Mobile,+91 98400 ${String(10000 + i).slice(-5)},* myContacts ::: VIP`);
  return `${lines.join('\r\n')}\r\n`;
}
const count = (dir: string) => JSON.parse(sampark(['contacts', 'search', 'प्रिया', '--limit', '500', '--data-dir', dir, '--json']).stdout).length as number;

describe('sampark import and export', () => {
  it('imports all or nothing when killed mid-import, and undoes a whole import', async () => {
    const dir = tempDataDir();
    const file = join(dir, '..', `google-${Date.now()}.csv`);
    writeFileSync(file, googleCsv(20_000));
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['bin/sampark.js', 'import', file, '--data-dir', dir], { stdio: 'ignore' });
      setTimeout(() => child.kill('SIGKILL'), 700);
      child.on('exit', () => resolve());
    });
    const after = JSON.parse(sampark(['import', 'list', '--data-dir', dir, '--json']).stdout) as unknown[];
    const n = count(dir);
    expect([0, 500]).toContain(n); // nothing, or (if it finished) everything — search shows at most 500
    expect(after.length === 0).toBe(n === 0);

    const dry = JSON.parse(sampark(['import', file, '--dry-run', '--mode', 'create', '--data-dir', dir, '--json']).stdout) as { toCreate: number; preset: string };
    expect(dry.preset).toBe('google');
    const run = sampark(['import', file, '--data-dir', dir, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const entry = JSON.parse(run.stdout) as { id: string; created: number; updated: number };
    expect(entry.created + entry.updated).toBe(20_000);
    expect(sampark(['import', 'undo', entry.id, '--data-dir', dir]).status).toBe(0);
  }, 120_000);

  it('exports vCard that imports back into an empty data folder with the same people', () => {
    const a = tempDataDir();
    sampark(['seed', '--contacts', '60', '--data-dir', a]);
    const out = join(a, 'export.vcf');
    expect(sampark(['export', 'contacts', '--format', 'vcard3', '--out', out, '--data-dir', a]).stdout).toMatch(/Wrote 60 contacts/);
    const b = tempDataDir();
    expect(JSON.parse(sampark(['import', out, '--data-dir', b, '--json']).stdout)).toMatchObject({ created: 60 });
    const names = (dir: string) =>
      (JSON.parse(sampark(['contacts', 'list', '--limit', '500', '--data-dir', dir, '--json']).stdout) as { displayName: string; primaryPhone: string | null }[]).map(
        (c) => `${c.displayName}|${c.primaryPhone}`,
      );
    expect(names(b)).toEqual(names(a));
  });

  it('fails with one clear line on a file that is not contacts', () => {
    const dir = tempDataDir();
    const file = join(dir, 'binary.csv');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9].concat(Array(500).fill(0))));
    const result = sampark(['import', file, '--data-dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^sampark: binary\.csv/);
  });
});
