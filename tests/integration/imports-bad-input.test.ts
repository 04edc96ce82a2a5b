// Damaged and wrong files through the core and the CLI: each gets one clear message, nothing is
// half-imported, nothing crashes, and memory stays bounded (the CLI runs with a capped heap: an
// importer that held several copies of a 67 MB file would die instead of passing).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-shared/contract/imports';
import { CLI } from './support/run-cli';
import { tempCore, tempDataDir } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

const HEAP_MB = 512;
/** `sampark import FILE --json` with the heap capped at HEAP_MB. */
function cliImport(file: string, dataDir: string) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'bin/sampark.js', 'import', file, '--data-dir', dataDir, '--json'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const card = (name: string, extra: string[] = []) => ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`, ...extra, 'END:VCARD'].join('\r\n');

const FILES: { name: string; bytes: () => Buffer; created: number; message: RegExp }[] = [
  {
    name: 'truncated.vcf',
    bytes: () => Buffer.from([card('Asha Verma'), card('Ravi Iyer'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Meena R'].join('\r\n')),
    created: 2,
    message: /line 11 ends without END:VCARD \(the file may be cut off\)/,
  },
  {
    name: 'photo-renamed.csv',
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(4096, 7)]),
    created: 0,
    message: /Not a contacts file: it looks like a PNG image/,
  },
  {
    // Inline as base64 a 50 MB photo makes a 67 MB file: over the import limit before any parsing.
    name: 'photo-50mb.vcf',
    bytes: () => Buffer.from([card('Asha Verma', [`PHOTO;ENCODING=b;TYPE=JPEG:${'/9j/'.padEnd(50 * 2 ** 20 * (4 / 3), 'A')}`]), card('Ravi Iyer')].join('\r\n')),
    created: 0,
    message: /larger than 64 MB/,
  },
  {
    name: 'photo-30mb.vcf',
    bytes: () => Buffer.from([card('Asha Verma', [`PHOTO;ENCODING=b;TYPE=JPEG:${'/9j/'.padEnd(30 * 2 ** 20 * (4 / 3), 'A')}`]), card('Ravi Iyer')].join('\r\n')),
    created: 2,
    message: /over the 5 MB limit; dropped/,
  },
  {
    name: 'not-utf8.csv',
    bytes: () => Buffer.concat([Buffer.from('First Name,Last Name,E-mail Address\r\nJos'), Buffer.from([0xe9]), Buffer.from(',M\xfcller,jose@example.com\r\n', 'latin1')]),
    created: 1,
    message: /Windows-1252/,
  },
  {
    name: 'million-columns.csv',
    bytes: () => Buffer.from(`First Name,${'x,'.repeat(1_000_000)}\r\nAsha\r\n`),
    created: 0,
    message: /more than 2,000 columns/,
  },
];

describe('bad input', () => {
  it.each(FILES)('$name: one clear message and nothing half-imported, through dispatch', async ({ name, bytes, created, message }) => {
    const core = await tempCore();
    cores.push(core);
    const source = { fileName: name, contentBase64: bytes().toString('base64'), mode: 'create' };
    const rssBefore = process.memoryUsage().rss;
    const preview = await core.dispatch({ id: 1, method: 'imports.preview', input: source });
    const run = await core.dispatch({ id: 2, method: 'imports.run', input: { ...source, previewToken: preview.ok ? (preview.value as ImportPreview).token : undefined } });
    // Loose: a file of at most 67 MB must not cost gigabytes.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(1500 * 2 ** 20);
    if (created === 0) {
      expect(run.ok).toBe(false);
      expect(!run.ok && run.error.message).toMatch(message);
      expect(!run.ok && run.error.code).toBe('invalid_input');
    } else {
      expect(run.ok).toBe(true);
      const value = run.ok ? (run.value as { created: number; errors: { message: string }[]; warnings: string[] }) : null;
      expect(value?.created).toBe(created);
      const said = [...(value?.errors.map((e) => e.message) ?? []), ...(value?.warnings ?? []), preview.ok ? (preview.value as ImportPreview).encoding : ''];
      expect(said.some((m) => message.test(m)), said.join('\n')).toBe(true);
    }
    const count = await core.dispatch({ id: 3, method: 'contacts.count', input: {} });
    expect(count.ok && count.value).toEqual({ active: created, archived: 0 });
    expect(existsSync(join(core.dataDir, 'photos'))).toBe(false);
  }, 120_000);

  it.each(FILES)('$name: the CLI exits with a clear message and a capped heap', ({ name, bytes, created, message }) => {
    const dataDir = tempDataDir();
    const file = join(dataDir, '..', `${Date.now()}-${name}`);
    writeFileSync(file, bytes());
    const r = cliImport(file, dataDir);
    if (created === 0) {
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } else {
      expect(r.status, r.stderr).toBe(0);
      const result = JSON.parse(r.stdout) as { created: number; errors: { message: string }[]; warnings: string[] };
      expect(result.created).toBe(created);
    }
  }, 120_000);
});
