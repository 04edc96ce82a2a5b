// Column mappings the user chose for CSVs no preset knows, remembered per header row (its exact
// column names, in order) so the next file from the same spreadsheet is mapped the same way. Kept
// in this machine's settings table under one key per header; not synced.
import { createHash } from 'node:crypto';
import type { Sqlite } from '../../db/open-database';

const PREFIX = 'imports.csvMapping.';
const signatureOf = (headers: readonly string[]) => createHash('sha256').update(JSON.stringify(headers.map((h) => h.trim()))).digest('hex').slice(0, 32);

export function createCsvMappings(sqlite: Sqlite) {
  const read = sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck();
  const write = sqlite.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    get(headers: readonly string[]): Record<string, string> | undefined {
      const stored = read.get(PREFIX + signatureOf(headers)) as string | undefined;
      if (stored === undefined) return undefined;
      try {
        const parsed = JSON.parse(stored) as unknown;
        if (typeof parsed !== 'object' || parsed === null) return undefined;
        return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
      } catch {
        return undefined;
      }
    },
    remember(headers: readonly string[], mapping: Record<string, string>): void {
      const known = Object.fromEntries(headers.filter((h) => Object.hasOwn(mapping, h)).map((h) => [h, mapping[h]!]));
      write.run(PREFIX + signatureOf(headers), JSON.stringify(known));
    },
  };
}
