// Cases out, with the contacts export's conventions: CSV with a UTF-8 byte-order mark, CRLF rows and
// formula-looking cells neutralised; JSON as `{ "cases": [...] }` with ISO dates for people and ms for scripts.
import type { CaseSummary } from '../../../src-shared/contract/cases';
import { neutraliseFormula, quoteCsvCell } from '../interop';

export interface ExportedCase extends CaseSummary {
  description: string;
  resolutionNote: string;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

const COLUMNS: [string, (c: ExportedCase) => string][] = [
  ['Id', (c) => c.id],
  ['Subject', (c) => c.subject],
  ['Kind', (c) => c.kind],
  ['Priority', (c) => c.priority],
  ['Status', (c) => c.status],
  ['Owner', (c) => c.owner],
  ['Contact Id', (c) => c.contact?.id ?? ''],
  ['Contact', (c) => c.contact?.displayName ?? ''],
  ['Company Id', (c) => c.company?.id ?? ''],
  ['Company', (c) => c.company?.name ?? ''],
  ['Opened At', (c) => iso(c.openedAtMs)],
  ['First Response At', (c) => iso(c.firstResponseAtMs)],
  ['Resolved At', (c) => iso(c.resolvedAtMs)],
  ['Response Due At', (c) => iso(c.response.dueAtMs)],
  ['Response', (c) => c.response.state],
  ['Satisfaction', (c) => (c.satisfaction === null ? '' : String(c.satisfaction))],
  ['Description', (c) => c.description],
  ['Resolution Note', (c) => c.resolutionNote],
];

export function casesCsv(cases: readonly ExportedCase[]): string {
  const rows = [COLUMNS.map(([header]) => quoteCsvCell(header))];
  for (const c of cases) rows.push(COLUMNS.map(([, cell]) => quoteCsvCell(neutraliseFormula(cell(c)))));
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

export function casesJson(cases: readonly ExportedCase[]): string {
  return JSON.stringify({ cases }, null, 2);
}
