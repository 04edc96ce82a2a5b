// The import's write path through the core: what it writes is searchable, tagged and linked like a
// contact created by hand; a preview's token spares the run a second parse; Cancel keeps nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
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
const csv = (rows: string[]) =>
  Buffer.from(['First Name,Last Name,Organization Name,Labels,E-mail 1 - Value,Phone 1 - Value', ...rows].join('\r\n')).toString('base64');
const manyRows = (n: number) =>
  Array.from({ length: n }, (_, i) => `Person${i},Family${i},Firm ${i % 7},* myContacts ::: VIP,p${i}@example.com,+91 98${String(i).padStart(8, '0')}`);

describe('import run', () => {
  it('writes contacts that search, tags and companies find', async () => {
    const core = await tempCore();
    cores.push(core);
    const source = { fileName: 'g.csv', contentBase64: csv(['Asha,Verma,Kiran Traders,* myContacts ::: VIP,asha@example.com,094440 12345']), mode: 'create' };
    const preview = await call<ImportPreview>(core, 'imports.preview', source);
    const run = await call<{ created: number }>(core, 'imports.run', { ...source, previewToken: preview.token });
    expect(run.created).toBe(1);
    for (const text of ['Asha', 'Verma', 'Kiran', 'asha@example.com', '9444012345']) {
      const { items } = await call<{ items: { displayName: string; companyName: string | null }[] }>(core, 'contacts.search', { text, limit: 5 });
      expect(items.map((c) => c.displayName), text).toEqual(['Asha Verma']);
    }
    const { items } = await call<{ items: { id: string }[] }>(core, 'contacts.list', { limit: 5 });
    const detail = await call<{ tags: string[]; companyName: string; phones: { e164: string | null }[] }>(core, 'contacts.get', { id: items[0]!.id });
    expect(detail).toMatchObject({ tags: ['VIP'], companyName: 'Kiran Traders', phones: [{ e164: '+919444012345' }] });
  });

  it('uses the preview only for the same bytes, and matches against the database as it is at run time', async () => {
    const core = await tempCore();
    cores.push(core);
    const first = { fileName: 'a.csv', contentBase64: csv(['Asha,Verma,,,asha@example.com,']), mode: 'create' };
    const preview = await call<ImportPreview>(core, 'imports.preview', first);
    expect(preview.toCreate).toBe(1);
    // Someone adds Asha between the preview and the run: the run skips her instead of duplicating.
    await call(core, 'contacts.create', { givenName: 'Asha', emails: [{ value: 'asha@example.com' }] });
    expect(await call(core, 'imports.run', { ...first, previewToken: preview.token })).toMatchObject({ created: 0, skipped: 1 });
    // A token with other bytes is not trusted: the run reads the bytes it was given.
    const other = { fileName: 'b.csv', contentBase64: csv(['Ravi,Iyer,,,ravi@example.com,']), mode: 'create' };
    const otherPreview = await call<ImportPreview>(core, 'imports.preview', other);
    const changed = { ...other, contentBase64: csv(['Meena,Rao,,,meena@example.com,']) };
    expect(await call(core, 'imports.run', { ...changed, previewToken: otherPreview.token })).toMatchObject({ created: 1 });
    const { items } = await call<{ items: { displayName: string }[] }>(core, 'contacts.search', { text: 'Meena', limit: 5 });
    expect(items).toHaveLength(1);
  });

  it('reports progress, and Cancel rolls the whole import back', async () => {
    const core = await tempCore();
    cores.push(core);
    const source = { fileName: 'many.csv', contentBase64: csv(manyRows(5000)), mode: 'create' };
    const preview = await call<ImportPreview>(core, 'imports.preview', source);
    expect(preview.toCreate).toBe(5000);
    const seen: AppEvent[] = [];
    core.events.subscribe((event) => {
      if (event.type !== 'progress' || event.job !== 'import.run') return;
      seen.push(event);
      // The first chunk is written (inside the transaction) when this arrives.
      if (seen.length === 1) void core.dispatch({ id: 2, method: 'imports.cancel', input: {} });
    });
    const r = await core.dispatch({ id: 1, method: 'imports.run', input: { ...source, previewToken: preview.token } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe('The import was cancelled; nothing was imported.');
    expect(seen[0]).toMatchObject({ done: 2000, total: 5000 });
    expect(await call(core, 'contacts.count', {})).toEqual({ active: 0, archived: 0 });
    expect(await call<{ items: unknown[] }>(core, 'imports.list', {})).toEqual({ items: [] });
    const { items } = await call<{ items: unknown[] }>(core, 'contacts.search', { text: 'Person1', limit: 5 });
    expect(items).toEqual([]);
    // Nothing is left half-open: the same file imports whole afterwards.
    expect(await call(core, 'imports.run', source)).toMatchObject({ created: 5000 });
  });
});
