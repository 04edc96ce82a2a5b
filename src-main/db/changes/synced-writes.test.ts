// Sync sees only what goes through the change writer, so no other code may write a synced table.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from './synced-tables';

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED = new Set(['db/changes/change-writer.ts', 'db/changes/apply-changes.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('synced tables', () => {
  it('are written only by the change writer', () => {
    const tables = Object.keys(SYNCED_TABLES).join('|');
    const rawSql = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+[\`"']?(${tables})\\b`, 'i');
    const drizzleWrite = /\.(insert|update|delete)\((companies|contacts|contactEmails|contactPhones|contactWebsites|contactAddresses|tags|contactTags|companyEmails|companyPhones|companyAddresses|companyTags|relationships|customFields|customFieldValues)\)/;
    const offenders = sourceFiles(ROOT)
      .filter((file) => !ALLOWED.has(relative(ROOT, file)))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return rawSql.test(text) || drizzleWrite.test(text);
      })
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the check itself recognises a direct write', () => {
    const rawSql = new RegExp(`\\b(UPDATE)\\s+[\`"']?(contacts)\\b`, 'i');
    expect(rawSql.test('sqlite.prepare(`UPDATE contacts SET notes = ?`)')).toBe(true);
  });
});
