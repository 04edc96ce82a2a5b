// npm run bench [-- --contacts N] [-- --only sync|import]: seeds a fresh data dir through the real core, then
// measures search, keyset paging, start-up, memory, sync between two machines and importing and exporting
// N contacts, each beside a raw better-sqlite3 baseline where one exists. Timings are reported, never asserted: a slow run exits 0 like a fast one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { boot } from '../src-main/boot';
import { benchImport } from './import.bench';
import { benchLabels } from './labels.bench';
import { benchOpen } from './open.bench';
import { benchPaging } from './paging.bench';
import { benchPurchases } from './purchases.bench';
import { openRawDatabase } from './raw-sql';
import { printTable, writeResults } from './report';
import type { BenchResult } from './result';
import { benchSearch } from './search.bench';
import { drawQueries } from './search-queries';
import { benchSync } from './sync.bench';

const QUERIES_PER_CLASS = 250;
const WARM_UP_PER_CLASS = 30;
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/latest.json', import.meta.url));

const { values } = parseArgs({ options: { contacts: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const contactCount = Number(values.contacts);
if (!Number.isInteger(contactCount) || contactCount < 1000) throw new Error('--contacts must be a whole number of at least 1000');
if (values.only !== undefined && !['sync', 'import', 'labels', 'purchases'].includes(values.only)) throw new Error('--only takes: sync, import, labels, purchases');
const everything = values.only === undefined;

const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-'));
const log = (message: string) => console.error(`[bench] ${message}`);
try {
  const results: BenchResult[] = [];
  const core = await boot({ dataDir, dailyBackups: false });

  // The import and labels parts need no seeded data.
  if (values.only !== 'import' && values.only !== 'labels' && values.only !== 'purchases') {
    log(`seeding ${contactCount} contacts in ${dataDir}`);
    const seedStart = performance.now();
    const seeded = await core.dispatch({ id: 1, method: 'demo.seed', input: { contacts: contactCount, seed: 1 } });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    if (!seeded.ok) throw new Error(`demo.seed failed: ${seeded.error.message}`);
    results.push({
      name: 'seed.contacts.perSecond',
      value: contactCount / seedSeconds,
      unit: 'contacts/s',
      note: `${contactCount} contacts and their companies in ${seedSeconds.toFixed(1)} s (demo.seed through dispatch)`,
    });
  }

  if (everything) {
    const raw = openRawDatabase(core.databaseFile);
    const names = raw.q.names.all();
    const queries = drawQueries(names, QUERIES_PER_CLASS, 42);
    const warmUp = drawQueries(names, WARM_UP_PER_CLASS, 7);

    log('searching');
    results.push(...(await benchSearch(core, raw.q, queries, warmUp)));
    log('paging');
    results.push(...(await benchPaging(core, raw.q, contactCount)));
    raw.db.close();
    core.close();

    log('opening in fresh processes');
    const probeQueries = [queries.twoWords[0]!, ...queries.prefix3.slice(0, 10), ...queries.prefix1.slice(0, 10)];
    results.push(...benchOpen(dataDir, probeQueries));
  } else {
    core.close();
  }

  // After the rest: it turns the seeded data dir into a syncing machine.
  if (values.only !== 'import' && values.only !== 'labels' && values.only !== 'purchases') results.push(...(await benchSync({ dataDir, contactCount, log })));
  // Last, on its own fresh core.
  if (everything || values.only === 'import') results.push(...(await benchImport({ rows: contactCount, log })));
  if (everything || values.only === 'labels') results.push(...(await benchLabels({ log })));
  // Seeds its own 10 lines per contact, so only on request: --only purchases.
  if (values.only === 'purchases') results.push(...(await benchPurchases({ contactCount, log })));

  console.log(`\nSampark bench — ${contactCount} contacts\n`);
  printTable(results);
  writeResults(RESULTS_FILE, results);
  console.log(`\nwrote ${RESULTS_FILE}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
