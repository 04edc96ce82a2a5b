// npm run bench [-- --contacts N] [-- --only core,segments,sync,import,duplicates,labels]: seeds a fresh data dir through the real core, then
// measures search, keyset paging, start-up, memory, sync between two machines and importing and exporting
// N contacts, each beside a raw better-sqlite3 baseline where one exists. Timings are reported, never asserted: a slow run exits 0 like a fast one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { boot } from '../src-main/boot';
import { benchDuplicates } from './duplicates.bench';
import { benchDeals } from './deals.bench';
import { benchCases } from './cases.bench';
import { benchImport } from './import.bench';
import { benchLabels } from './labels.bench';
import { benchOpen } from './open.bench';
import { benchPaging } from './paging.bench';
import { benchPurchases } from './purchases.bench';
import { openRawDatabase } from './raw-sql';
import { printTable, writeResults } from './report';
import type { BenchResult } from './result';
import { benchSearch } from './search.bench';
import { benchSegments } from './segments.bench';
import { drawQueries } from './search-queries';
import { benchSync } from './sync.bench';
import { benchTimeline } from './timeline.bench';
import { benchToday } from './today.bench';

const QUERIES_PER_CLASS = 250;
const WARM_UP_PER_CLASS = 30;
const RESULTS_FILE = fileURLToPath(new URL('../../bench/results/latest.json', import.meta.url));

const { values } = parseArgs({ options: { contacts: { type: 'string', default: '100000' }, only: { type: 'string' }, deals: { type: 'string', default: '50000' } } });
const contactCount = Number(values.contacts);
if (!Number.isInteger(contactCount) || contactCount < 1000) throw new Error('--contacts must be a whole number of at least 1000');

/** The parts of the bench, in the order they run; `--only a,b` picks some. Seeded parts share one seeded core. */
const PARTS = ['core', 'segments', 'sync', 'duplicates', 'import', 'labels', 'timeline', 'today', 'deals', 'cases'] as const;
const SEEDED: ReadonlySet<string> = new Set(['core', 'segments', 'sync', 'duplicates', 'today', 'cases']);
const only = values.only?.split(',') ?? [...PARTS];
const unknown = only.filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) throw new Error(`--only takes: ${PARTS.join(', ')} (comma-separated)`);
const wants = (part: (typeof PARTS)[number]) => only.includes(part);

const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-'));

/** A second data dir seeded with contacts and companies only, for the sync part when the first has activity. */
async function contactsOnlyDataDir(contacts: number, log: (message: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sampark-bench-contacts-'));
  log(`seeding ${contacts} contacts only in ${dir} for sync`);
  const core = await boot({ dataDir: dir, dailyBackups: false });
  const seeded = await core.dispatch({ id: 1, method: 'demo.seed', input: { contacts, seed: 1, withActivity: false } });
  core.close();
  if (!seeded.ok) throw new Error(`demo.seed failed: ${seeded.error.message}`);
  return dir;
}
const log = (message: string) => console.error(`[bench] ${message}`);
try {
  const results: BenchResult[] = [];
  const core = await boot({ dataDir, dailyBackups: false });

  // Today and cases read the demo's reminders and cases; the other parts compare with earlier runs on
  // contacts and companies alone, so the demo's activity is seeded only when those two are measured.
  const withActivity = wants('today') || wants('cases');
  if (only.some((part) => SEEDED.has(part))) {
    log(`seeding ${contactCount} contacts${withActivity ? ' with activity' : ''} in ${dataDir}`);
    const seedStart = performance.now();
    const seeded = await core.dispatch({ id: 1, method: 'demo.seed', input: { contacts: contactCount, seed: 1, interactionsPerContact: 0, deals: 0, withActivity } });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    if (!seeded.ok) throw new Error(`demo.seed failed: ${seeded.error.message}`);
    results.push({
      name: 'seed.contacts.perSecond',
      value: contactCount / seedSeconds,
      unit: 'contacts/s',
      note: `${contactCount} contacts and their companies${withActivity ? ' with reminders, cases and sales' : ''} in ${seedSeconds.toFixed(1)} s (demo.seed through dispatch)`,
    });
  }

  if (wants('today')) {
    log('today view and calendar export');
    results.push(...(await benchToday(core)));
  }

  if (wants('cases')) {
    log('overdue cases');
    results.push(...(await benchCases(core)));
  }

  let probeQueries: string[] = [];
  if (wants('core')) {
    const raw = openRawDatabase(core.databaseFile);
    const names = raw.q.names.all();
    const queries = drawQueries(names, QUERIES_PER_CLASS, 42);
    const warmUp = drawQueries(names, WARM_UP_PER_CLASS, 7);
    log('searching');
    results.push(...(await benchSearch(core, raw.q, queries, warmUp)));
    log('paging');
    results.push(...(await benchPaging(core, raw.q, contactCount)));
    raw.db.close();
    probeQueries = [queries.twoWords[0]!, ...queries.prefix3.slice(0, 10), ...queries.prefix1.slice(0, 10)];
  }
  if (wants('segments')) results.push(...(await benchSegments(core, log)));
  core.close();

  if (wants('core')) {
    log('opening in fresh processes');
    results.push(...benchOpen(dataDir, probeQueries));
  }
  // After the rest: it turns the seeded data dir into a syncing machine.
  if (wants('sync')) {
    const syncDir = withActivity ? await contactsOnlyDataDir(contactCount, log) : dataDir;
    try {
      results.push(...(await benchSync({ dataDir: syncDir, contactCount, log })));
    } finally {
      if (syncDir !== dataDir) rmSync(syncDir, { recursive: true, force: true });
    }
  }
  // It adds contacts (re-entered copies), so it runs after everything that counts them.
  if (wants('duplicates')) {
    const again = await boot({ dataDir, dailyBackups: false });
    try {
      results.push(...(await benchDuplicates(again, contactCount, log)));
    } finally {
      again.close();
    }
  }
  // Last, each on its own fresh core.
  if (wants('import')) results.push(...(await benchImport({ rows: contactCount, log })));
  if (wants('labels')) results.push(...(await benchLabels({ log })));
  if (wants('timeline')) results.push(...(await benchTimeline({ contactCount, log })));
  if (wants('deals')) results.push(...(await benchDeals({ deals: Number(values.deals), contacts: contactCount, log })));
  // Seeds its own 10 lines per contact, so only on request: --only purchases.
  if (values.only?.split(',').includes('purchases')) results.push(...(await benchPurchases({ contactCount, log })));

  console.log(`\nSampark bench — ${contactCount} contacts\n`);
  printTable(results);
  writeResults(RESULTS_FILE, results);
  console.log(`\nwrote ${RESULTS_FILE}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
