// Turns names and typed queries into the two forms search uses: a normalized key for ordering and
// short-prefix range scans, and a safe FTS5 MATCH expression. User text never reaches FTS5 raw:
// `"`, `AND`, `*`, `O'Brien` or `docker-compose` would otherwise be FTS5 syntax or errors.

const LATIN_MARKS = /[\u0300-\u036f]/g;
/** Letters, digits, private-use and combining marks: the same classes as the FTS5 tokenizer keeps. */
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Case- and accent-folded text whose binary order follows the alphabet in Latin, Devanagari and Tamil. */
export function sortKey(text: string): string {
  // NFD then drop Latin combining accents only: Devanagari/Tamil vowel signs are marks too and must stay.
  return text.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLocaleLowerCase('en').trim().replace(/\s+/g, ' ');
}

export function searchTokens(text: string): string[] {
  return sortKey(text).match(WORD) ?? [];
}

/** `priya sha` → `"priya"* "sha"*`: every token quoted and prefix-matched, all must match. */
export function ftsMatchExpression(tokens: string[]): string {
  return tokens.map((token) => `"${token.replaceAll('"', '""')}"*`).join(' ');
}

/** Queries this short are served from the sorted name indexes instead of an FTS prefix scan. */
export function isShortQuery(tokens: string[]): tokens is [string] {
  return tokens.length === 1 && [...tokens[0]!].length <= 2;
}

/** Upper bound for a prefix range scan: every string starting with `prefix` sorts below it. */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/** Phone text indexed in several forms so `94440`, `094440` and `+91 94440` all find the number. */
export function phoneSearchForms(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return [phone, digits, digits.replace(/^0+/, '')].join(' ');
}
