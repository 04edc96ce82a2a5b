// Photos embedded in vCards: stored as files under photos/ in the data dir and served back only as
// images; anything that is not an image, or too large, is dropped with a warning and the contact
// still imports. Cancelled imports leave no photo files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-shared/contract/imports';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch({ id: 1, method, input });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const card = (name: string, photo: string) => ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`, photo, 'END:VCARD'].join('\r\n');
const vcf = (cards: string[]) => ({ fileName: 'photos.vcf', contentBase64: Buffer.from(cards.join('\r\n')).toString('base64'), mode: 'create' });

describe('imported photos', () => {
  it('stores an embedded image as a file and serves it back; drops what is not an image', async () => {
    const core = await tempCore();
    cores.push(core);
    const result = await call<{ created: number; warnings: string[] }>(
      core,
      'imports.run',
      vcf([card('Asha', `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`), card('Ravi', `PHOTO;ENCODING=b;TYPE=JPEG:${Buffer.from('not a picture').toString('base64')}`)]),
    );
    expect(result.created).toBe(2);
    expect(result.warnings.some((w) => /not a JPEG, PNG, GIF or WebP/.test(w))).toBe(true);
    const { items } = await call<{ items: { id: string; displayName: string }[] }>(core, 'contacts.list', { limit: 5 });
    const asha = items.find((c) => c.displayName === 'Asha')!;
    const ravi = items.find((c) => c.displayName === 'Ravi')!;
    expect(readdirSync(join(core.dataDir, 'photos'))).toEqual([`${asha.id}.png`]);
    expect(await call(core, 'imports.photo', { contactId: asha.id })).toEqual({ dataUrl: `data:image/png;base64,${PNG}` });
    expect(await call(core, 'imports.photo', { contactId: ravi.id })).toEqual({ dataUrl: null });
    const traversal = await core.dispatch({ id: 1, method: 'imports.photo', input: { contactId: '../sampark.db' } });
    expect(traversal.ok).toBe(false);
  });

  it('writes no photo file for an import that is cancelled', async () => {
    const core = await tempCore();
    cores.push(core);
    const cards = Array.from({ length: 4500 }, (_, i) => card(`Person ${i}`, `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`));
    const source = vcf(cards);
    const preview = await call<ImportPreview>(core, 'imports.preview', source);
    core.events.subscribe((event) => {
      if (event.type === 'progress' && event.job === 'import.run') void core.dispatch({ id: 2, method: 'imports.cancel', input: {} });
    });
    const r = await core.dispatch({ id: 1, method: 'imports.run', input: { ...source, previewToken: preview.token } });
    expect(r.ok).toBe(false);
    expect(existsSync(join(core.dataDir, 'photos'))).toBe(false);
  });
});
