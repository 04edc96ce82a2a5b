// The raw baseline for contacts.search: the same tiers as the service (name prefix, then family-name
// prefix, then any field through FTS5; several words through FTS5 only), straight on better-sqlite3.
import type { RawQueries, RawSummaryRow } from './raw-sql';

const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

export interface RawSearch {
  tokens: string[];
  lo: string;
  hi: string;
  match: string;
  isShort: boolean;
}

/** Everything the SQL needs from the typed text, worked out before timing starts. */
export function prepareRawSearch(text: string, normalize: (text: string) => string): RawSearch {
  const tokens = normalize(text).match(WORD) ?? [];
  const first = tokens[0] ?? '';
  return {
    tokens,
    lo: first,
    hi: `${first}\u{10FFFF}`,
    match: tokens.map((t) => `"${t}"*`).join(' '),
    isShort: tokens.length === 1 && [...first].length <= 2,
  };
}

export function searchRaw(q: RawQueries, search: RawSearch, limit: number): RawSummaryRow[] {
  if (search.tokens.length === 0) return [];
  if (search.tokens.length > 1) return q.ftsAll.all(search.match, limit);
  const found = new Map<string, RawSummaryRow>();
  const add = (rows: RawSummaryRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.id)) found.set(row.id, row);
  };
  add(q.displayPrefix.all(search.lo, search.hi, limit));
  if (found.size < limit) add(q.familyPrefix.all(search.lo, search.hi, limit));
  if (found.size < limit && !search.isShort) add(q.ftsAny.all(search.match, limit + found.size));
  return [...found.values()];
}
