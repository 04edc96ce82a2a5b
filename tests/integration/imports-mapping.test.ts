// The column-mapping step for CSVs no preset knows: the preview shows each column's guess and
// samples, a chosen mapping is used and remembered for the same header row, and a file whose
// columns are all unknown still previews (to be mapped) instead of failing.
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
const file = (lines: string[]) => ({ fileName: 'kept-by-hand.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64'), mode: 'create' });

describe('CSV column mapping', () => {
  it('shows guesses with samples, imports with the chosen mapping and remembers it for the same header', async () => {
    const core = await tempCore();
    cores.push(core);
    const header = 'Naam,Mobile No,Shehar,Remarks';
    const first = file([header, 'Asha Verma,094440 12345,Chennai,old customer', 'Ravi Iyer,098400 11111,Madurai,']);
    const preview = await call<ImportPreview>(core, 'imports.preview', first);
    expect(preview.preset).toBe('generic');
    expect(preview.columns).toEqual([
      { header: 'Naam', target: 'customFields', samples: ['Asha Verma', 'Ravi Iyer'] },
      { header: 'Mobile No', target: 'phones:mobile', samples: ['094440 12345', '098400 11111'] },
      { header: 'Shehar', target: 'customFields', samples: ['Chennai', 'Madurai'] },
      { header: 'Remarks', target: 'notes', samples: ['old customer'] },
    ]);
    const csvMapping = { Naam: 'displayName', 'Mobile No': 'phones:mobile', Shehar: 'addresses.locality', Remarks: 'ignore' };
    const mapped = await call<ImportPreview>(core, 'imports.preview', { ...first, csvMapping });
    expect(mapped.samples.map((s) => s.displayName)).toEqual(['Asha Verma', 'Ravi Iyer']);
    expect(await call(core, 'imports.run', { ...first, csvMapping, previewToken: mapped.token })).toMatchObject({ created: 2 });
    const { contacts } = JSON.parse((await call<{ content: string }>(core, 'exports.contacts', { format: 'json' })).content) as {
      contacts: { displayName: string; notes: string; addresses: { locality: string }[] }[];
    };
    expect(contacts.find((c) => c.displayName === 'Asha Verma')).toMatchObject({ notes: '', addresses: [{ locality: 'Chennai' }] });

    // Next month's file from the same spreadsheet: the mapping comes back by itself.
    const next = await call<ImportPreview>(core, 'imports.preview', file([header, 'Meena Rao,099999 22222,Salem,']));
    expect(next.columns?.map((c) => c.target)).toEqual(['displayName', 'phones:mobile', 'addresses.locality', 'ignore']);
    expect(next.samples[0]?.displayName).toBe('Meena Rao');
    // Another header is not affected.
    const other = await call<ImportPreview>(core, 'imports.preview', file(['Naam,Mobile No', 'Kiran,097777 33333']));
    expect(other.columns?.[0]?.target).toBe('customFields');
  });

  it('previews a CSV whose columns are all unknown so they can be mapped', async () => {
    const core = await tempCore();
    cores.push(core);
    const preview = await call<ImportPreview>(core, 'imports.preview', file(['Col A,Col B', 'Asha,asha@example.com']));
    expect(preview.toCreate).toBe(0);
    expect(preview.errors[0]?.message).toMatch(/choose what each column holds/);
    expect(preview.columns?.map((c) => c.header)).toEqual(['Col A', 'Col B']);
    const mapped = await call<ImportPreview>(core, 'imports.preview', { ...file(['Col A,Col B', 'Asha,asha@example.com']), csvMapping: { 'Col A': 'givenName', 'Col B': 'emails' } });
    expect(mapped.toCreate).toBe(1);
  });
});
