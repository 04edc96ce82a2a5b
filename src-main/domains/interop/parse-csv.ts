// CSV text → records: delimiter and width checks first (csv-shape.ts), papaparse for the cells
// (quoted newlines, doubled quotes, ragged rows), the header for the preset, then one record per
// data row. Line numbers are physical lines, so a row after a multi-line note still points right.
import type { CountryCode } from 'libphonenumber-js/max';
import Papa from 'papaparse';
import type { ContactRecord, CsvColumn, ParseResult } from './contact-record';
import { detectPreset, planColumns } from './csv-presets';
import { detectDelimiter, findOverwideRow, MAX_COLUMNS, type Delimiter } from './csv-shape';
import { IGNORE, targetSpec, type ColumnTarget } from './csv-targets';
import { mapCsvRow } from './map-csv-row';
import type { DateOrder } from './parse-date';

export interface CsvInput {
  text: string;
  encoding: string;
  defaultCountry: CountryCode | undefined;
  csvMapping: Record<string, string> | undefined;
  rememberedMapping?: ((headers: readonly string[]) => Record<string, string> | undefined) | undefined;
}

const SAMPLES = 3;
const SAMPLE_CHARS = 80;

/** Each column's target and first few values, for the mapping step of a CSV no preset knows. */
function describeColumns(headers: readonly string[], targets: readonly ColumnTarget[], rows: readonly Row[]): CsvColumn[] {
  return headers.map((header, index) => {
    const samples: string[] = [];
    for (const row of rows) {
      const cell = row.cells[index]?.trim() ?? '';
      if (cell !== '') samples.push(cell.slice(0, SAMPLE_CHARS));
      if (samples.length === SAMPLES) break;
    }
    return { header, target: targetSpec(targets[index] ?? IGNORE), samples };
  });
}

interface Row {
  cells: string[];
  line: number;
}

// Outlook writes dates in the machine's locale; these countries put the month first.
const MONTH_FIRST = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'CA']);

function readRows(text: string, delimiter: string, firstLine: number, errors: ParseResult['errors']): Row[] {
  const rows: Row[] = [];
  let consumed = 0;
  let line = firstLine;
  Papa.parse<string[]>(text, {
    delimiter,
    step(result) {
      const end = result.meta.cursor;
      const rowLine = line;
      for (let i = text.indexOf('\n', consumed); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
      consumed = end;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        errors.push({ line: rowLine, message: `A quoted cell starting on line ${rowLine} is never closed; the rest of the file could not be read.` });
        return;
      }
      if (result.data.some((cell) => cell.trim() !== '')) rows.push({ cells: result.data, line: rowLine });
    },
  });
  return rows;
}

export function parseCsv(input: CsvInput): ParseResult {
  const errors: ParseResult['errors'] = [];
  const warnings: string[] = [];
  const base = { encoding: input.encoding, format: 'csv' as const };
  // Excel's own hint line, `sep=;`, names the delimiter and is not the header.
  const hint = /^sep=([,;\t|])\r?\n/i.exec(input.text);
  const text = hint === null ? input.text : input.text.slice(hint[0].length);
  const firstLine = hint === null ? 1 : 2;
  const delimiter = (hint?.[1] as Delimiter | undefined) ?? detectDelimiter(text);
  const overwide = findOverwideRow(text, delimiter);
  const wideRow = overwide === null ? null : overwide + firstLine - 1;
  if (wideRow !== null) {
    const message = `Line ${wideRow} has more than ${MAX_COLUMNS.toLocaleString('en')} columns; this is not a contacts table Sampark can read.`;
    return { ...base, records: [], errors: [{ line: wideRow, message }], warnings };
  }
  const [header, ...dataRows] = readRows(text, delimiter, firstLine, errors);
  if (header === undefined) return { ...base, records: [], errors: [{ line: 1, message: 'The file has no rows.' }], warnings };
  const mapping = input.csvMapping ?? (detectPreset(header.cells) === 'generic' ? input.rememberedMapping?.(header.cells) : undefined);
  const plan = planColumns(header.cells, mapping);
  warnings.push(...plan.warnings);
  const csvColumns = plan.preset === 'generic' ? describeColumns(header.cells, plan.targets, dataRows) : undefined;
  if (!plan.hasKnownColumns) {
    const message = "No column in the header row is one Sampark knows (such as 'First Name' or 'E-mail'); choose what each column holds.";
    return { ...base, preset: plan.preset, records: [], errors: [...errors, { line: header.line, message }], warnings, csvColumns };
  }
  const dateOrder: DateOrder = input.defaultCountry === undefined || MONTH_FIRST.has(input.defaultCountry) ? 'mdy' : 'dmy';
  const context = { defaultCountry: input.defaultCountry, dateOrder, warn: (message: string) => void warnings.push(message) };
  const records: ContactRecord[] = [];
  for (const row of dataRows) {
    if (row.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) warnings.push(`Line ${row.line}: more cells than header columns; the extra cells became custom fields.`);
    const record = mapCsvRow(row.cells, plan.targets, row.line, context);
    if (record !== null) records.push(record);
  }
  return { ...base, preset: plan.preset, records, errors, warnings, csvColumns };
}
