// Spreadsheets run a cell that starts with = + - @ (or a tab/CR before one) as a formula, so an
// exported note like `=HYPERLINK("http://evil", "click")` would become live. Such cells get a
// leading apostrophe, which spreadsheets show as text and our importer removes again.
//
// Two exceptions, because an apostrophe would end up inside the value when the file is imported
// into Google or Outlook, and neither can call a function:
// - in phone columns, a number like `+91 94440 12345` (a `+`, then only digits, spaces and `( ) . - /`);
// - in the Birthday column, a year-less date `--08-15`.
// A spreadsheet may show such a cell as a number or an error (#NAME?, -7); open the file with those
// columns typed as text to see them as written.

export type CellKind = 'text' | 'phone' | 'date';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const SAFE: Record<CellKind, RegExp | null> = {
  text: null,
  phone: /^\+[0-9 ().\-/]+$/,
  date: /^(\d{4}|-)-\d{2}-\d{2}$/,
};

export function neutraliseFormula(value: string, kind: CellKind = 'text'): string {
  if (SAFE[kind]?.test(value) === true) return value;
  // An apostrophe already in front of a formula character is doubled so the importer keeps it.
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function neutralisedCellValue(cell: string): string {
  const trimmed = cell.trim();
  const unguarded = /^'+[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
  return unguarded.replace(/\r\n?/g, '\n').trim();
}

/** RFC 4180 quoting: only when needed, doubling quotes inside. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
