// A preview's prepared records, kept for the run that follows it: parsing and validating a large
// file is most of an import's work, and the run is about the very same bytes. Entries are few,
// short-lived and used once; the key checks that the run really sends what was previewed.
import { createHash, randomUUID } from 'node:crypto';
import type { PreparedImport } from './import-plan';

const LIFETIME_MS = 10 * 60_000;
const MAX_ENTRIES = 3;

export function sourceKey(parts: { contentBase64: string; format: string; csvMapping?: Record<string, string> | undefined; defaultCountry: string }): string {
  const mapping = parts.csvMapping ? JSON.stringify(Object.entries(parts.csvMapping).sort(([a], [b]) => a.localeCompare(b))) : '';
  return createHash('sha256').update(parts.contentBase64).update(`\u0000${parts.format}\u0000${mapping}\u0000${parts.defaultCountry}`).digest('hex');
}

export function createPlanCache(now: () => number) {
  const entries = new Map<string, { key: string; prepared: PreparedImport; expiresAtMs: number }>();
  const prune = () => {
    for (const [token, entry] of entries) if (entry.expiresAtMs <= now()) entries.delete(token);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  };
  return {
    /** Keeps `prepared` for a later `take`; returns its token. */
    put(key: string, prepared: PreparedImport): string {
      const token = randomUUID();
      entries.set(token, { key, prepared, expiresAtMs: now() + LIFETIME_MS });
      prune();
      return token;
    },
    /** The prepared import for this token if it is still here and was made from the same source. */
    take(token: string | undefined, key: string): PreparedImport | null {
      prune();
      if (token === undefined) return null;
      const entry = entries.get(token);
      entries.delete(token);
      return entry && entry.key === key ? entry.prepared : null;
    },
  };
}
