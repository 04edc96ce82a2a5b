// The one write path for synced tables. In the caller's transaction it writes the row, stamps each
// changed synced cell with one hybrid-logical-clock timestamp (a new row's clock entry, or the cells'
// own entries: cell-clocks.ts) and queues the write in sync_outbox. Identifiers come from
// SYNCED_TABLES only; every value is parameter-bound.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open-database';
import { cellTs, createCellClocks } from './cell-clocks';
import { HlcClock, randomNode } from './hlc-clock';
import { isDefaultValue, isLocalColumn, isSyncedColumn, SYNCED_TABLES, type CellValue, type SyncedTable } from './synced-tables';

export type Cells = Record<string, CellValue | boolean>;

export type ChangeWriter = ReturnType<typeof createChangeWriter>;

const toCell = (value: CellValue | boolean): CellValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
const toCells = (values: Cells): Record<string, CellValue> => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toCell(v)]));

export function createChangeWriter(sqlite: Sqlite, now: () => number = Date.now) {
  const meta = {
    get: sqlite.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck(),
    set: sqlite.prepare('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  let deviceId = meta.get.get('device_id') as string | undefined;
  if (!deviceId) {
    deviceId = randomNode();
    meta.set.run('device_id', deviceId);
  }
  const clock = new HlcClock(deviceId, now, (meta.get.get('clock') as string | undefined) ?? null);

  const clocks = createCellClocks(sqlite);
  const queue = sqlite.prepare('INSERT INTO sync_outbox (tbl, row, cells, ts, prev) VALUES (?, ?, ?, ?, ?)');
  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
    return prepared;
  };

  function checkColumns(table: SyncedTable, columns: string[]) {
    for (const column of columns) {
      if (!isSyncedColumn(table, column) && !isLocalColumn(table, column)) throw new Error(`${table} has no synced column ${column}`);
    }
  }

  // The clock is saved at most once a second of clock time: after a crash it resumes from that, and
  // physical time (or received timestamps) carry it past anything issued since.
  let savedClockMs = 0;
  function saveClock(ts: string) {
    const ms = Date.parse(ts.slice(0, 24));
    if (ms - savedClockMs < 1000) return;
    savedClockMs = ms;
    meta.set.run('clock', ts);
  }

  /**
   * Stamps the synced cells among `cells` with one new timestamp and queues them. `before` is the
   * row as it was, for an update; a new row gets one clock entry for all its cells.
   */
  function stamp(table: SyncedTable, id: string, cells: Record<string, CellValue>, before: Record<string, CellValue> | null) {
    const synced = Object.entries(cells).filter(
      ([column, value]) => isSyncedColumn(table, column) && !(before === null && isDefaultValue(table, column, value)),
    );
    if (synced.length === 0) return;
    const ts = clock.send();
    const prev: Record<string, string | null> = {};
    if (before === null) {
      clocks.setRow(table, id, ts);
    } else {
      const stored = clocks.read(table, id);
      for (const [column] of synced) prev[column] = cellTs(stored, table, column, before[column]) ?? null;
      clocks.setCells(table, id, synced.map(([column]) => [column, ts] as const));
    }
    // A new row's cells overwrote nothing: receivers read a missing entry as null.
    queue.run(table, id, JSON.stringify(Object.fromEntries(synced)), ts, JSON.stringify(prev));
    saveClock(ts);
  }

  return {
    deviceId,
    clock,

    /** A new row: every given column is written, and the synced ones stamped. */
    insert(table: SyncedTable, id: string, values: Cells): void {
      const cells = toCells(values);
      const columns = Object.keys(cells);
      checkColumns(table, columns);
      statement(`INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`).run(id, ...Object.values(cells));
      stamp(table, id, cells, null);
    },

    /**
     * Changes the given columns of an existing row; unchanged values are not stamped. `whenChanged`
     * (e.g. updated_at_ms) is written too, but only if something else changed. Returns whether it did.
     */
    update(table: SyncedTable, id: string, values: Cells, whenChanged: Cells = {}): boolean {
      checkColumns(table, [...Object.keys(values), ...Object.keys(whenChanged)]);
      const current = statement(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, CellValue> | undefined;
      if (!current) throw new Error(`No ${table} row ${id}`);
      const changed = Object.fromEntries(Object.entries(toCells(values)).filter(([k, v]) => current[k] !== v));
      if (Object.keys(changed).length === 0) return false;
      for (const [k, v] of Object.entries(toCells(whenChanged))) if (current[k] !== v) changed[k] = v;
      const columns = Object.keys(changed);
      statement(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(changed), id);
      stamp(table, id, changed, current);
      return true;
    },

    /**
     * Writes columns that each machine derives for itself (sort keys): no stamp, nothing queued,
     * no read of the row first. Only local columns are accepted.
     */
    setLocal(table: SyncedTable, id: string, values: Record<string, CellValue>): void {
      const columns = Object.keys(values);
      for (const column of columns) if (!isLocalColumn(table, column)) throw new Error(`${table}.${column} is not a local column`);
      statement(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(values), id);
    },

    /** Empties every synced table and its sync bookkeeping (replacing local data with a sync folder's). */
    wipeSyncedData: sqlite.transaction(() => {
      for (const table of Object.keys(SYNCED_TABLES)) sqlite.exec(`DELETE FROM ${table}`);
      sqlite.exec('DELETE FROM crdt_rows; DELETE FROM crdt_cells; DELETE FROM sync_outbox; DELETE FROM sync_conflicts;');
    }),
  };
}
