import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampark } from './support/run-cli';
import { tempDataDir } from './support/temp-core';

describe('sampark CLI', () => {
  it('lists its commands', () => {
    const { status, stdout } = sampark(['--help']);
    expect(status).toBe(0);
    for (const command of ['serve', 'seed --contacts N', 'contacts search TEXT', 'backup', 'backups', 'restore FILE', '--data-dir', '--json']) {
      expect(stdout).toContain(command);
    }
  });

  it('seeds deterministic demo data and finds it by Latin, Devanagari and Tamil prefixes', () => {
    const a = tempDataDir();
    const b = tempDataDir();
    expect(JSON.parse(sampark(['seed', '--contacts', '300', '--seed', '7', '--data-dir', a, '--json']).stdout)).toMatchObject({ contacts: 300 });
    sampark(['seed', '--contacts', '300', '--seed', '7', '--data-dir', b]);
    const search = (dir: string, text: string) => JSON.parse(sampark(['contacts', 'search', text, '--data-dir', dir, '--json', '--limit', '500']).stdout) as { displayName: string }[];
    const everyone = (dir: string) => ['a', 'क', 'க'].flatMap((t) => search(dir, t).map((c) => c.displayName)).sort();
    expect(everyone(a)).toEqual(everyone(b));
    const names = everyone(a);
    expect(names.length).toBeGreaterThan(20);
    expect(names.some((n) => /[\u0900-\u097f]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0b80-\u0bff]/.test(n))).toBe(true);
    const tamil = names.find((n) => /^[\u0b80-\u0bff]/.test(n))!;
    const prefix = [...tamil].slice(0, 3).join('');
    expect(search(a, prefix).map((c) => c.displayName)).toContain(tamil);
  });

  it('backs up, lists and restores; the data before a restore is kept', () => {
    const dir = tempDataDir();
    sampark(['seed', '--contacts', '5', '--data-dir', dir]);
    const backup = JSON.parse(sampark(['backup', '--data-dir', dir, '--json']).stdout) as { file: string };
    sampark(['seed', '--contacts', '5', '--seed', '2', '--data-dir', dir]);
    const count = () => (JSON.parse(sampark(['contacts', 'list', '--data-dir', dir, '--json', '--limit', '500']).stdout) as unknown[]).length;
    const before = count();
    const restored = sampark(['restore', backup.file, '--data-dir', dir]);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/Restored .* kept as sampark-.*-pre-restore\.db/);
    expect(before).toBe(10);
    expect(count()).toBe(5);
    const list = JSON.parse(sampark(['backups', '--data-dir', dir, '--json']).stdout) as { reason: string }[];
    expect(list.map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('fails with one clear line and a non-zero exit on bad input', () => {
    const dir = tempDataDir();
    const cases: [string[], RegExp][] = [
      [['frob'], /^sampark: Unknown command "frob"/],
      [['seed', '--contacts', 'many', '--data-dir', dir], /^sampark: --contacts needs a whole number/],
      [['contacts', 'search', '--data-dir', dir], /^sampark: Say what to search for/],
      [['restore', 'nope.db', '--data-dir', dir], /^sampark: No backup file nope\.db/],
      [['backups', '--colour', '--data-dir', dir], /^sampark: Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const result = sampark(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database '.repeat(500));
    const bad = sampark(['restore', junk, '--data-dir', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/junk\.db is not a usable Sampark backup/);
    expect(existsSync(join(dir, 'sampark.db'))).toBe(true);
    const backupsDir = join(dir, 'backups');
    expect(existsSync(backupsDir) ? readdirSync(backupsDir).filter((f) => f.includes('pre-restore')) : []).toEqual([]);
  });
});
