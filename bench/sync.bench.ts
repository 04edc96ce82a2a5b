// Sync between machines through a real temp folder, each a real core on its own data dir, all
// through dispatch: A (the seeded data dir) sets up sync and writes its whole history as segments,
// a fresh B joins by applying every segment, A compacts (a snapshot replaces its segments), edits
// 1,000 contacts and B picks them up, then a fresh C joins from the snapshot plus that segment. Then
// the apply and the change capture alone, each beside raw better-sqlite3.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContactDetail, ContactSummary } from '../src-shared/contract/contacts';
import type { SyncReport, SyncStatus } from '../src-shared/contract/sync';
import { boot, type Core } from '../src-main/boot';
import { openSqlite } from '../src-main/db/open-database';
import type { BenchResult } from './result';
import { benchApply } from './sync-apply';
import { benchCapture } from './sync-capture';
import { countCells, databaseStats, folderStats, readMessages } from './sync-folder-stats';

const EDITED_CONTACTS = 1000;
const TARGET_BOOTSTRAP_MS = 10_000;
const TARGET_INCREMENTAL_MS = 300;

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
  return response.value as T;
}

/** Wall time, and this process's CPU time (what a busy machine does not inflate). */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

function lastReport(status: SyncStatus): SyncReport {
  if (!status.lastReport || status.lastReport.status !== 'ok') throw new Error(`sync did not finish: ${status.lastReport?.message ?? 'no report'}`);
  return status.lastReport;
}

/** Outbox messages and cells waiting on a machine, read beside its running core. */
function pendingOutbox(databaseFile: string): { messages: number; cells: number } {
  const sqlite = openSqlite(databaseFile, { readonly: true });
  try {
    return sqlite
      .prepare('SELECT count(*) AS messages, coalesce(sum((SELECT count(*) FROM json_each(cells))), 0) AS cells FROM sync_outbox')
      .get() as { messages: number; cells: number };
  } finally {
    sqlite.close();
  }
}

/** Changes the job title of the first `count` contacts in list order; returns each update's duration. */
async function editJobTitles(core: Core, count: number): Promise<{ ids: string[]; updateMs: number[] }> {
  const ids: string[] = [];
  let after: unknown = null;
  while (ids.length < count) {
    const page = await call<{ items: ContactSummary[]; nextCursor: unknown }>(core, 'contacts.list', { after, limit: 500 });
    ids.push(...page.items.map((c) => c.id));
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  const updateMs: number[] = [];
  for (const id of ids.slice(0, count)) {
    const c = await call<ContactDetail>(core, 'contacts.get', { id });
    const fields = {
      givenName: c.givenName,
      familyName: c.familyName,
      // Empty keeps a derived display name derived.
      displayName: c.isDisplayNameSet ? c.displayName : '',
      companyId: c.companyId,
      jobTitle: `${c.jobTitle} (edited)`,
      emails: c.emails,
      phones: c.phones,
      notes: c.notes,
    };
    const { ms } = await timed(() => call(core, 'contacts.update', { id, fields }));
    updateMs.push(ms);
  }
  return { ids: ids.slice(0, count), updateMs };
}

async function expectContacts(core: Core, expected: number, machine: string) {
  const count = await call<{ active: number }>(core, 'contacts.count', {});
  if (count.active !== expected) throw new Error(`${machine} has ${count.active} contacts after joining, not ${expected}`);
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).map((name) => join(dir, name));
}

export async function benchSync(options: { dataDir: string; contactCount: number; log: (message: string) => void }): Promise<BenchResult[]> {
  const { dataDir, contactCount, log } = options;
  const work = mkdtempSync(join(tmpdir(), 'sampark-bench-sync-'));
  // An empty folder, as a user would pick one.
  const folder = join(work, 'folder');
  mkdirSync(folder);
  const results: BenchResult[] = [];
  let a: Core | undefined;
  let b: Core | undefined;
  let c: Core | undefined;
  try {
    a = await boot({ dataDir, dailyBackups: false });
    const databaseFileA = a.databaseFile;
    const queued = pendingOutbox(databaseFileA);
    log(`sync: A writes its ${queued.messages} queued changes to ${folder}`);
    const firstFlush = await timed(() =>
      call<SyncStatus>(a!, 'sync.configure', { folder, deviceName: 'Machine A', passphrase: null }),
    );
    const flushed = lastReport(firstFlush.value);
    const stats = folderStats(folder);
    // Kept for the apply bench: compaction deletes them from the folder.
    const segmentCopies = stats.segmentFiles.map((file, i) => {
      const copy = join(work, 'segments', `${String(i).padStart(6, '0')}.seg`);
      mkdirSync(dirname(copy), { recursive: true });
      copyFileSync(file, copy);
      return copy;
    });
    if (stats.messages !== queued.messages || flushed.wroteChanges !== queued.messages) {
      throw new Error(`A queued ${queued.messages} changes, wrote ${flushed.wroteChanges}, segments hold ${stats.messages}`);
    }
    results.push({
      name: 'sync.firstFlush.ms',
      value: firstFlush.ms,
      unit: 'ms',
      note: `sync.configure on A: ${queued.messages} row messages (${queued.cells} cells) into ${stats.segmentFiles.length} segments, unencrypted`,
    });

    b = await boot({ dataDir: join(work, 'machine-b'), dailyBackups: false });
    log('sync: a fresh machine B joins from segments');
    const bootstrap = await timed(() => call<SyncStatus>(b!, 'sync.configure', { folder, deviceName: 'Machine B', passphrase: null }));
    const joined = lastReport(bootstrap.value);
    await expectContacts(b, contactCount, 'B');
    const databaseB = databaseStats(b.databaseFile);
    results.push(
      {
        name: 'sync.bootstrap.fromSegments.ms',
        value: bootstrap.ms,
        unit: 'ms',
        target: TARGET_BOOTSTRAP_MS,
        note:
          `sync.configure on a fresh B: ${joined.appliedSegments} segments, ${joined.appliedChanges} cells, ${contactCount} contacts; ` +
          `every segment decoded and applied (search index and sort keys included); CPU ${bootstrap.cpuMs.toFixed(0)} ms`,
      },
      {
        name: 'sync.database.mb',
        value: databaseB.fileBytes / 2 ** 20,
        unit: 'MB',
        note:
          `B's database file after joining; cell timestamps take ${(databaseB.clockBytes / 2 ** 20).toFixed(1)} MB of it ` +
          `(${databaseB.rowClocks} row clocks, ${databaseB.ownCells} cells with a timestamp of their own)`,
      },
      {
        name: 'sync.segment.bytesPerChange',
        value: stats.segmentBytes / stats.messages,
        unit: 'bytes',
        note: `${(stats.segmentBytes / 2 ** 20).toFixed(1)} MB of segments / ${stats.messages} row messages (counts from segment headers); JSON payload, ${(queued.cells / queued.messages).toFixed(1)} cells per message`,
      },
      {
        name: 'sync.folder.mb',
        value: stats.totalBytes / 2 ** 20,
        unit: 'MB',
        note: `${stats.files} files after A's first flush`,
      },
    );

    log('sync: A compacts');
    const compacted = await timed(() => call<SyncReport>(a!, 'sync.now', { compact: true }));
    if (compacted.value.status !== 'ok') throw new Error(`compaction: ${compacted.value.message ?? compacted.value.status}`);
    const snapshotBytes = filesIn(join(folder, 'snapshots')).reduce((sum, f) => sum + statSync(f).size, 0);
    results.push({
      name: 'sync.snapshot.mb',
      value: snapshotBytes / 2 ** 20,
      unit: 'MB',
      note: `A's snapshot of ${contactCount} contacts (rows with one timestamp each), written by sync.now { compact } in ${compacted.ms.toFixed(0)} ms`,
    });

    log(`sync: A edits ${EDITED_CONTACTS} contacts, B syncs`);
    const edits = await editJobTitles(a, EDITED_CONTACTS);
    const editQueue = pendingOutbox(databaseFileA);
    const aSync = await timed(() => call<SyncReport>(a!, 'sync.now', {}));
    const bSync = await timed(() => call<SyncReport>(b!, 'sync.now', {}));
    if (bSync.value.status !== 'ok' || bSync.value.appliedChanges !== editQueue.cells) {
      throw new Error(`B applied ${bSync.value.appliedChanges} of ${editQueue.cells} cells (${bSync.value.status}: ${bSync.value.message ?? ''})`);
    }
    const sample = await call<ContactDetail>(b, 'contacts.get', { id: edits.ids.at(-1)! });
    if (!sample.jobTitle.endsWith('(edited)')) throw new Error('an edit made on A did not reach B');
    results.push({
      name: 'sync.incremental.1000.ms',
      value: bSync.ms,
      unit: 'ms',
      target: TARGET_INCREMENTAL_MS,
      note:
        `sync.now on B applying ${bSync.value.appliedChanges} cells in ${editQueue.messages} messages (${bSync.value.appliedSegments} segment); ` +
        `A's sync.now that wrote them: ${aSync.ms.toFixed(0)} ms`,
    });

    log('sync: a fresh machine C joins from the snapshot and the segment written since');
    c = await boot({ dataDir: join(work, 'machine-c'), dailyBackups: false });
    const fromSnapshot = await timed(() => call<SyncStatus>(c!, 'sync.configure', { folder, deviceName: 'Machine C', passphrase: null }));
    const joinedC = lastReport(fromSnapshot.value);
    await expectContacts(c, contactCount, 'C');
    const sampleC = await call<ContactDetail>(c, 'contacts.get', { id: edits.ids.at(-1)! });
    if (!sampleC.jobTitle.endsWith('(edited)')) throw new Error('C joined without the edit made after the snapshot');
    results.push({
      name: 'sync.bootstrap.fromSnapshot.ms',
      value: fromSnapshot.ms,
      unit: 'ms',
      target: TARGET_BOOTSTRAP_MS,
      note:
        `sync.configure on a fresh C: A's snapshot plus ${joinedC.appliedSegments} segment, ${joinedC.appliedChanges} cells, ${contactCount} contacts ` +
        `(search index and sort keys included); CPU ${fromSnapshot.cpuMs.toFixed(0)} ms`,
    });
    for (const core of [a, b, c]) core.close();
    a = b = c = undefined;

    log('sync: applying the bootstrap alone, and raw');
    const messages = readMessages(segmentCopies);
    if (countCells(messages) !== joined.appliedChanges) throw new Error('the segments hold other cells than B applied');
    results.push(...(await benchApply(join(work, 'apply'), messages, bootstrap.ms)));

    log('sync: change capture on an edit');
    results.push(...benchCapture(databaseFileA, edits.updateMs));
    return results;
  } finally {
    a?.close();
    b?.close();
    c?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
