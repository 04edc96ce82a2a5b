// The one write path for synced tables. In the caller's transaction it writes the row, stamps each
// changed cell with a hybrid-logical-clock timestamp (crdt_cells) and queues it in sync_outbox.
// Identifiers come from SYNCED_TABLES only; every value is parameter-bound.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open-database';
import { HlcClock, randomNode, type HlcTimestamp } from './hlc-clock';
import { SYNCED_TABLES, type CellValue, type SyncedTable } from './synced-tables';

export type Cells = Record<string, CellValue | boolean>;

export type ChangeWriter = ReturnType<typeof createChangeWriter>;

const toCell = (value: CellValue | boolean): CellValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

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

  const cellTs = sqlite.prepare('SELECT ts FROM crdt_cells WHERE tbl = ? AND row = ? AND col = ?').pluck();
  const setCell = sqlite.prepare(
    'INSERT INTO crdt_cells (tbl, row, col, ts) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, row, col) DO UPDATE SET ts = excluded.ts',
  );
  const queue = sqlite.prepare('INSERT INTO sync_outbox (tbl, row, col, value, ts, prev_ts) VALUES (?, ?, ?, ?, ?, ?)');
  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
    return prepared;
  };

  function checkColumns(table: SyncedTable, columns: string[]) {
    const known = SYNCED_TABLES[table];
    for (const column of columns) if (!known.includes(column)) throw new Error(`${table} has no synced column ${column}`);
  }

  function stamp(table: SyncedTable, id: string, cells: Record<string, CellValue>, ts: HlcTimestamp) {
    for (const [column, value] of Object.entries(cells)) {
      const prev = cellTs.get(table, id, column) as string | undefined;
      setCell.run(table, id, column, ts);
      queue.run(table, id, column, JSON.stringify(value), ts, prev ?? null);
    }
    meta.set.run('clock', ts);
  }

  return {
    deviceId,
    clock,

    /** A new row: every given column is written and stamped. */
    insert(table: SyncedTable, id: string, values: Cells): void {
      const cells = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toCell(v)]));
      const columns = Object.keys(cells);
      checkColumns(table, columns);
      statement(`INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`).run(
        id,
        ...Object.values(cells),
      );
      stamp(table, id, cells, clock.send());
    },

    /**
     * Changes the given columns of an existing row; unchanged values are not stamped. `whenChanged`
     * (e.g. updated_at_ms) is written too, but only if something else changed. Returns whether it did.
     */
    update(table: SyncedTable, id: string, values: Cells, whenChanged: Cells = {}): boolean {
      checkColumns(table, [...Object.keys(values), ...Object.keys(whenChanged)]);
      const current = statement(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, CellValue> | undefined;
      if (!current) throw new Error(`No ${table} row ${id}`);
      const changed = Object.fromEntries(
        Object.entries(values)
          .map(([k, v]) => [k, toCell(v)] as const)
          .filter(([k, v]) => current[k] !== v),
      );
      if (Object.keys(changed).length === 0) return false;
      for (const [k, v] of Object.entries(whenChanged)) if (current[k] !== toCell(v)) changed[k] = toCell(v);
      const columns = Object.keys(changed);
      statement(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(changed), id);
      stamp(table, id, changed, clock.send());
      return true;
    },
  };
}
