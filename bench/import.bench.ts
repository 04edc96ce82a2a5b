// Importing a Google Contacts CSV end to end through dispatch on a fresh core (imports.preview, then
// imports.run in 'create' mode), the parse alone, and the same records written raw (import-raw.ts)
// into a copy of the same fresh database; then exporting everything imported (export.bench.ts).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportPreview } from '../src-shared/contract/imports';
import { boot, type Core } from '../src-main/boot';
import { parseContactsFile } from '../src-main/domains/interop';
import { benchExport } from './export.bench';
import { writeGoogleContactsCsv } from './import-google-csv';
import { rawImportMs } from './import-raw';
import type { BenchResult } from './result';

const SEED = 11;
const TARGET_RATIO = 3;
// The app's default setting: numbers written without a country code are Indian.
const DEFAULT_COUNTRY = 'IN';

interface ImportRun {
  created: number;
  updated: number;
  skipped: number;
  errors: unknown[];
  warnings: string[];
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
  return response.value as T;
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export async function benchImport(options: { rows: number; log: (message: string) => void }): Promise<BenchResult[]> {
  const { rows, log } = options;
  const sizeLabel = rows % 1000 === 0 ? `${rows / 1000}k` : String(rows);
  const work = mkdtempSync(join(tmpdir(), 'sampark-bench-import-'));
  let core: Core | undefined;
  try {
    const csvFile = join(work, 'google-contacts.csv');
    log(`import: writing a ${rows}-row Google Contacts CSV to ${csvFile}`);
    const fileBytes = writeGoogleContactsCsv(csvFile, rows, SEED);
    const file = readFileSync(csvFile);
    // Encoded before timing: the renderer sends the file's bytes as base64.
    const source = { fileName: 'google-contacts.csv', contentBase64: file.toString('base64'), format: 'auto', mode: 'create' };

    log('import: parsing alone');
    const parse = await timed(() => parseContactsFile(new Uint8Array(file), { format: 'auto', defaultCountry: DEFAULT_COUNTRY }));
    const parsed = parse.value;
    if (parsed.preset !== 'google' || parsed.records.length !== rows) {
      throw new Error(`the file read as ${parsed.preset ?? parsed.format} with ${parsed.records.length} of ${rows} records`);
    }

    // The raw side writes into a copy of this same fresh database, taken before anything is imported.
    const dataDir = join(work, 'data');
    core = await boot({ dataDir, dailyBackups: false });
    const rawFile = join(work, 'raw.sqlite');
    const databaseFile = core.databaseFile;
    core.close();
    copyFileSync(databaseFile, rawFile);
    core = await boot({ dataDir, dailyBackups: false });

    log('import: imports.preview');
    const preview = await timed(() => call<ImportPreview>(core!, 'imports.preview', source));
    if (preview.value.toCreate !== rows) throw new Error(`imports.preview would create ${preview.value.toCreate} of ${rows}`);
    log('import: imports.run');
    // As the import dialog does: the run reuses the preview's parsed records through its token.
    const run = await timed(() => call<ImportRun>(core!, 'imports.run', { ...source, previewToken: preview.value.token }));
    const imported = run.value;
    const { active } = await call<{ active: number }>(core, 'contacts.count', {});
    if (imported.created !== rows || active !== rows) throw new Error(`imports.run created ${imported.created} of ${rows} (${active} active contacts)`);

    log('import: the same records raw');
    const rawMs = rawImportMs(rawFile, parsed.records);

    log('export: vCard and CSV');
    const exported = await benchExport(core, active, sizeLabel);

    const fileMb = (fileBytes / 2 ** 20).toFixed(1);
    return [
      {
        name: 'import.googleCsv.rowsPerSecond',
        value: rows / (run.ms / 1000),
        unit: 'rows/s',
        baseline: rows / (rawMs / 1000),
        note:
          `imports.run (mode create) through dispatch on a fresh core: ${rows} rows, ${fileMb} MB, in ${(run.ms / 1000).toFixed(1)} s; ` +
          `${imported.created} created, ${imported.skipped} skipped, ${imported.errors.length} errors, ${imported.warnings.length} warnings; ` +
          `baseline: the parsed records written raw (see import.googleCsv.ratio)`,
      },
      {
        name: 'import.googleCsv.ratio',
        value: run.ms / rawMs,
        unit: '×',
        target: TARGET_RATIO,
        note:
          `whole imports.run ${run.ms.toFixed(0)} ms after imports.preview (matching, companies, insert, search index, change capture, ` +
          `import log, output check; the parse, phone normalization and validation were done by the preview and reused) ÷ raw ${rawMs.toFixed(0)} ms; raw = parseContactsFile's records ` +
          `written by prepared INSERTs in one transaction into a copy of the fresh app database: contacts (sort keys), emails, phones ` +
          `(E.164 from the parse), addresses, companies, tags, search rows and contacts_fts — no parse, validation, matching, ` +
          `change capture or import log`,
      },
      {
        name: 'import.googleCsv.previewAndRun.ratio',
        value: (preview.ms + run.ms) / rawMs,
        unit: '×',
        note:
          `imports.preview ${preview.ms.toFixed(0)} ms + imports.run ${run.ms.toFixed(0)} ms (the whole import as the dialog and CLI do it, ` +
          `parse included once) ÷ raw ${rawMs.toFixed(0)} ms`,
      },
      {
        name: 'import.googleCsv.parse.ms',
        value: parse.ms,
        unit: 'ms',
        note:
          `parseContactsFile alone (decode, papaparse, Google preset, ' ::: ' splitting, E.164 for every phone): ${parsed.records.length} records, ` +
          `${parsed.encoding}; ${((parse.ms / run.ms) * 100).toFixed(0)}% of imports.run`,
      },
      {
        name: 'import.preview.ms',
        value: preview.ms,
        unit: 'ms',
        note: `imports.preview through dispatch on the empty core, same file: ${preview.value.toCreate} to create, ${preview.value.toSkip} to skip`,
      },
      ...exported,
    ];
  } finally {
    core?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
