// Exporting every contact through dispatch (exports.contacts), as the Export menu does: vCard 3.0
// and Google-layout CSV, each one call building the whole file's text.
import type { Core } from '../src-main/boot';
import type { BenchResult } from './result';

interface Exported {
  content: string;
  count: number;
}

export async function benchExport(core: Core, contactCount: number, sizeLabel: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [name, format, what] of [
    ['vcard', 'vcard3', 'vCard 3.0'],
    ['csv', 'csv', 'Google-layout CSV'],
  ] as const) {
    const start = performance.now();
    const response = await core.dispatch({ id: 1, method: 'exports.contacts', input: { format } });
    const ms = performance.now() - start;
    if (!response.ok) throw new Error(`exports.contacts ${format} failed: ${response.error.message}`);
    const { content, count } = response.value as Exported;
    if (count !== contactCount) throw new Error(`exports.contacts ${format} wrote ${count} of ${contactCount} contacts`);
    results.push({
      name: `export.${name}.${sizeLabel}.ms`,
      value: ms,
      unit: 'ms',
      note: `exports.contacts ${format} through dispatch: ${count} contacts as ${what}, ${(Buffer.byteLength(content) / 2 ** 20).toFixed(1)} MB of text`,
    });
  }
  return results;
}
