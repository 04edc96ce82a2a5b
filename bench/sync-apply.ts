// The last-writer-wins apply on its own: a whole bootstrap's messages applied by the product's applier
// to a freshly migrated database, against raw better-sqlite3 upserting the same cells into one
// (tbl, row, col, value, ts) table. Both run in one transaction on a file database with the app's
// pragmas; decoding, HLC receive and the search index are outside both timings.
import { join } from 'node:path';
import { boot } from '../src-main/boot';
import { createChangeApplier, type ChangeMessage } from '../src-main/db/changes/apply-changes';
import { openSqlite } from '../src-main/db/open-database';
import type { BenchResult } from './result';
import { countCells } from './sync-folder-stats';

const TARGET_SLOWDOWN = 3;

async function freshDatabase(dataDir: string) {
  const core = await boot({ dataDir, dailyBackups: false });
  const file = core.databaseFile;
  core.close();
  return openSqlite(file);
}

/**
 * Cells a freshly migrated database already holds with the same value: rows every machine creates
 * itself under fixed ids (case response targets, the default pipeline). Applying them changes nothing.
 */
function alreadyHeld(sqlite: ReturnType<typeof openSqlite>, messages: ChangeMessage[]): number {
  const rows = new Map<string, ReturnType<ReturnType<typeof openSqlite>['prepare']>>();
  let held = 0;
  for (const m of messages) {
    let byId = rows.get(m.t);
    if (!byId) rows.set(m.t, (byId = sqlite.prepare(`SELECT * FROM "${m.t}" WHERE id = ?`)));
    const row = byId.get(m.r) as Record<string, unknown> | undefined;
    if (row) for (const [column, value] of Object.entries(m.v)) if (row[column] === value) held++;
  }
  return held;
}

function applyOurs(sqlite: ReturnType<typeof openSqlite>, messages: ChangeMessage[]): { ms: number; applied: number } {
  const applier = createChangeApplier(sqlite);
  const start = performance.now();
  const result = sqlite.transaction(() => applier.apply(messages))();
  return { ms: performance.now() - start, applied: result.applied };
}

function applyRaw(sqlite: ReturnType<typeof openSqlite>, messages: ChangeMessage[]): number {
  sqlite.exec(`CREATE TABLE cells (tbl TEXT NOT NULL, row TEXT NOT NULL, col TEXT NOT NULL, value, ts TEXT NOT NULL,
    PRIMARY KEY (tbl, row, col)) WITHOUT ROWID`);
  const upsert = sqlite.prepare(
    `INSERT INTO cells (tbl, row, col, value, ts) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (tbl, row, col) DO UPDATE SET value = excluded.value, ts = excluded.ts WHERE excluded.ts > cells.ts`,
  );
  const start = performance.now();
  sqlite.transaction(() => {
    for (const m of messages) for (const [column, value] of Object.entries(m.v)) upsert.run(m.t, m.r, column, value, m.ts);
  })();
  return performance.now() - start;
}

/** `scratchDir` must be empty; it receives two database files. */
export async function benchApply(scratchDir: string, messages: ChangeMessage[], bootstrapMs: number): Promise<BenchResult[]> {
  const cells = countCells(messages);
  const ours = await freshDatabase(join(scratchDir, 'ours'));
  const held = alreadyHeld(ours, messages);
  const oursRun = applyOurs(ours, messages);
  ours.close();
  if (oursRun.applied !== cells - held) throw new Error(`the applier applied ${oursRun.applied} of ${cells - held} cells (${held} already held)`);
  const raw = await freshDatabase(join(scratchDir, 'raw'));
  const rawMs = applyRaw(raw, messages);
  raw.close();

  const perSecond = (ms: number) => cells / (ms / 1000);
  return [
    {
      name: 'sync.apply.cellsPerSecond',
      value: perSecond(oursRun.ms),
      unit: 'cells/s',
      note:
        `${cells} cells in ${messages.length} row messages applied in one transaction to a fresh database in ${oursRun.ms.toFixed(0)} ms ` +
        `(rows + crdt_cells); raw LWW upsert of the same cells into one table: ${perSecond(rawMs).toFixed(0)} cells/s; ` +
        `the whole bootstrap, end to end: ${perSecond(bootstrapMs).toFixed(0)} cells/s`,
    },
    {
      name: 'sync.apply.slowdown',
      value: oursRun.ms / rawMs,
      unit: '×',
      target: TARGET_SLOWDOWN,
      note: `applier ${oursRun.ms.toFixed(0)} ms / raw better-sqlite3 LWW upsert ${rawMs.toFixed(0)} ms for the same ${cells} cells`,
    },
  ];
}
