// What change capture adds to an ordinary contact edit: the change writer's update (row, crdt_cells
// stamps, outbox entry, clock) against the same UPDATE run raw, each edit its own transaction as in
// the app, interleaved on one connection to a seeded database so both see the same cache and size.
import { createChangeWriter } from '../src-main/db/changes/change-writer';
import { openSqlite } from '../src-main/db/open-database';
import { median } from './measure';
import type { BenchResult } from './result';

const EDITS = 2000;
const WARM_UP = 200;

/**
 * `databaseFile` must not be open elsewhere. `dispatchUpdateMs` are contacts.update durations through
 * dispatch, to say what share of a whole edit the capture is.
 */
export function benchCapture(databaseFile: string, dispatchUpdateMs: readonly number[]): BenchResult[] {
  const sqlite = openSqlite(databaseFile);
  try {
    const writer = createChangeWriter(sqlite);
    const ids = sqlite.prepare('SELECT id FROM contacts ORDER BY id DESC LIMIT ?').pluck().all(2 * (EDITS + WARM_UP)) as string[];
    if (ids.length < 2 * (EDITS + WARM_UP)) throw new Error('not enough contacts to edit');
    const rawUpdate = sqlite.prepare('UPDATE contacts SET job_title = ?, updated_at_ms = ? WHERE id = ?');
    const viaWriter = sqlite.transaction((id: string, title: string) => {
      writer.update('contacts', id, { job_title: title }, { updated_at_ms: Date.now() });
    });
    const viaRaw = sqlite.transaction((id: string, title: string) => {
      rawUpdate.run(title, Date.now(), id);
    });
    const writerMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < EDITS + WARM_UP; i++) {
      const title = `Edited ${i}`;
      const time = (run: () => void) => {
        const start = performance.now();
        run();
        return performance.now() - start;
      };
      const w = time(() => viaWriter(ids[2 * i]!, title));
      const r = time(() => viaRaw(ids[2 * i + 1]!, title));
      if (i >= WARM_UP) {
        writerMs.push(w);
        rawMs.push(r);
      }
    }
    const lastQueued = sqlite.prepare('SELECT cells FROM sync_outbox ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    const queuedColumns = Object.keys(JSON.parse(lastQueued) as Record<string, unknown>).join(', ');
    const writerP50 = median(writerMs);
    const rawP50 = median(rawMs);
    const dispatchP50 = median(dispatchUpdateMs);
    return [
      {
        name: 'sync.capture.editCost.ratio',
        value: writerP50 / rawP50,
        unit: '×',
        note:
          `p50 of ${EDITS} single-contact edits (job_title + updated_at_ms), one transaction each: change writer ${writerP50.toFixed(3)} ms, ` +
          `raw UPDATE ${rawP50.toFixed(3)} ms; capture adds ${(writerP50 - rawP50).toFixed(3)} ms, ` +
          `${(((writerP50 - rawP50) / dispatchP50) * 100).toFixed(0)}% of a contacts.update through dispatch (p50 ${dispatchP50.toFixed(2)} ms); ` +
          `each queues ${queuedColumns}`,
      },
    ];
  } finally {
    sqlite.close();
  }
}
