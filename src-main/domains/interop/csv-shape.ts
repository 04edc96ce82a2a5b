// Cheap scans before the CSV parser runs: which delimiter the header uses, and whether any row is
// absurdly wide. A file with a million columns is refused here, in one pass and without
// allocating a million cells.

export const MAX_COLUMNS = 2000;

export type Delimiter = ',' | ';' | '\t' | '|';

/** The delimiter used most in the header row (outside quotes); ',' when none appears. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** The first row with more than MAX_COLUMNS cells, as its 1-based starting line, or null. */
export function findOverwideRow(text: string, delimiter: Delimiter): number | null {
  const delimiterCode = delimiter.charCodeAt(0);
  let quoted = false;
  let cells = 1;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) quoted = !quoted;
    else if (code === 0x0a /* \n */ || (code === 0x0d /* lone \r, old Mac */ && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      if (!quoted) {
        cells = 1;
        rowLine = line;
      }
    } else if (code === delimiterCode && !quoted && ++cells > MAX_COLUMNS) return rowLine;
  }
  return null;
}
