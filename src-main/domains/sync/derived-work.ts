// Derived data (sort keys, the search index) follows what a sync run applied, once at the end of the
// run rather than after every segment: a contact whose emails and phones arrive in later segments
// is indexed once, not three times. Each apply's transaction also records that derived work is
// owed, so a run killed before its end leaves the debt to the next run, which redoes the derived
// data of every row (it cannot know which ones the killed run touched).
import { SYNCED_TABLES, type SyncedTable } from '../../db/changes/synced-tables';
import type { Sqlite } from '../../db/open-database';
import type { SyncState } from './sync-state';

type AfterApply = (touched: Map<SyncedTable, Set<string>>, columns?: Map<SyncedTable, Set<string>>) => void;

const OWED = 'derived_work_owed';

export type DerivedWork = ReturnType<typeof createDerivedWork>;

export function createDerivedWork(sqlite: Sqlite, state: SyncState, afterApply: AfterApply) {
  let touched = new Map<SyncedTable, Set<string>>();
  let columns: Map<SyncedTable, Set<string>> | undefined = new Map();

  const run = sqlite.transaction((rows: Map<SyncedTable, Set<string>>, changed: Map<SyncedTable, Set<string>> | undefined) => {
    afterApply(rows, changed);
    state.deleteMeta(OWED);
  });

  return {
    /** Called inside an apply's transaction: remembers what it touched. No columns: any may have changed. */
    add(rows: Map<SyncedTable, Set<string>>, changed?: Map<SyncedTable, Set<string>>): void {
      if (rows.size === 0) return;
      state.setMeta(OWED, '1');
      for (const [table, ids] of rows) {
        const known = touched.get(table);
        if (known) for (const id of ids) known.add(id);
        else touched.set(table, new Set(ids));
      }
      if (!changed) columns = undefined;
      else if (columns) {
        for (const [table, names] of changed) {
          const known = columns.get(table);
          if (known) for (const name of names) known.add(name);
          else columns.set(table, new Set(names));
        }
      }
    },

    /** Brings derived data up to date for everything added since the last flush, in one transaction. */
    flush(): void {
      if (touched.size === 0) return;
      const [rows, changed] = [touched, columns];
      touched = new Map();
      columns = new Map();
      run(rows, changed);
    },

    /** After a run that was killed before its flush: redoes the derived data of every synced row. */
    recover(): void {
      if (state.meta(OWED) === null) return;
      const all = new Map<SyncedTable, Set<string>>();
      for (const table of Object.keys(SYNCED_TABLES) as SyncedTable[]) {
        all.set(table, new Set(sqlite.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]));
      }
      run(all, undefined);
    },
  };
}
