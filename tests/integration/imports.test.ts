// Imports through the core on a real data dir: the real-world interop fixtures land as a careful
// importer should (tests/fixtures/interop/expected.json), previews change nothing, undo reverses all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-shared/contract/imports';
import { tempCore } from './support/temp-core';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'interop');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  files: Record<string, { count?: number; contacts?: { match: Record<string, string>; expect: Record<string, unknown> }[] }>;
};
type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch({ id: 1, method, input });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
const source = (file: string, mode = 'create') => ({
  fileName: file,
  contentBase64: readFileSync(join(FIXTURES, file)).toString('base64'),
  mode,
});
interface Exported {
  displayName: string;
  givenName: string;
  familyName: string;
  nickname: string;
  organization: string;
  emails: { value: string }[];
  phones: { value: string }[];
  birthday: string | null;
}
const nfc = (v: unknown) => (typeof v === 'string' ? v.trim().normalize('NFC') : v);

describe('importing real exports from other programs', () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(vcf|csv)$/.test(f) && expected.files[f]);
  it.each(files)('%s', async (file) => {
    const core = await tempCore();
    cores.push(core);
    const spec = expected.files[file]!;
    const result = await call<{ created: number; errors: unknown[] }>(core, 'imports.run', source(file));
    if (spec.count !== undefined) expect(result.created, JSON.stringify(result.errors)).toBe(spec.count);
    const { contacts } = JSON.parse((await call<{ content: string }>(core, 'exports.contacts', { format: 'json' })).content) as { contacts: Exported[] };
    for (const { match, expect: wanted } of spec.contacts ?? []) {
      const found = contacts.find((c) =>
        Object.entries(match).every(([key, value]) => {
          if (key === 'email') return c.emails.some((e) => e.value === value);
          const field = { family: c.familyName, given: c.givenName, org: c.organization, nickname: c.nickname, displayName: c.displayName }[key];
          return nfc(field) === nfc(value);
        }),
      );
      expect(found, `${file}: a contact matching ${JSON.stringify(match)}`).toBeDefined();
      if (wanted.displayName !== undefined) expect(nfc(found!.displayName)).toBe(nfc(wanted.displayName));
      if (wanted.family !== undefined) expect(nfc(found!.familyName) || null).toBe(nfc(wanted.family));
      if (wanted.given !== undefined) expect(nfc(found!.givenName) || null).toBe(nfc(wanted.given));
      if (wanted.org !== undefined) expect(nfc(found!.organization)).toBe(nfc(wanted.org));
      for (const email of (wanted.emails as string[] | undefined) ?? []) expect(found!.emails.map((e) => e.value)).toContain(email);
      for (const phone of (wanted.phones as string[] | undefined) ?? []) expect(found!.phones.map((p) => p.value)).toContain(phone);
      if (wanted.phoneCount !== undefined) expect(found!.phones).toHaveLength(wanted.phoneCount as number);
      if (wanted.birthday !== undefined) expect(found!.birthday).toBe(wanted.birthday);
    }
  });
});

describe('import workflow', () => {
  it('previews without writing, imports all at once, matches on a second import, and undoes', async () => {
    const core = await tempCore();
    cores.push(core);
    const file = 'thunderbird_export.csv';
    const preview = await call<ImportPreview>(core, 'imports.preview', source(file));
    expect(preview).toMatchObject({ format: 'csv', toCreate: 2, toUpdate: 0 });
    expect((await call<{ active: number }>(core, 'contacts.count', {})).active).toBe(0);
    const first = await call<{ id: string; created: number }>(core, 'imports.run', source(file, 'createAndUpdate'));
    expect(first.created).toBe(2);
    const again = await call<ImportPreview>(core, 'imports.preview', source(file, 'createAndUpdate'));
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 2 });
    expect(await call<ImportPreview>(core, 'imports.preview', source(file, 'create'))).toMatchObject({ toCreate: 0, toSkip: 2 });
    const second = await call<{ id: string; updated: number }>(core, 'imports.run', source(file, 'createAndUpdate'));
    expect(second.updated).toBe(2);
    await call(core, 'imports.undo', { id: second.id });
    await call(core, 'imports.undo', { id: first.id });
    expect((await call<{ active: number }>(core, 'contacts.count', {})).active).toBe(0);
    const log = await call<{ items: { undoneAtMs: number | null }[] }>(core, 'imports.list', {});
    expect(log.items.every((i) => i.undoneAtMs !== null)).toBe(true);
    const twice = await core.dispatch({ id: 1, method: 'imports.undo', input: { id: first.id } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a file that is not a contacts file and changes nothing', async () => {
    const core = await tempCore();
    cores.push(core);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(200).fill(0)]);
    const r = await core.dispatch({ id: 1, method: 'imports.run', input: { fileName: 'photo.csv', contentBase64: png.toString('base64') } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('photo.csv') } });
    expect((await call<{ items: unknown[] }>(core, 'imports.list', {})).items).toEqual([]);
  });
});
