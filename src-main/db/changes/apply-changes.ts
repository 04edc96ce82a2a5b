// Applies change messages from other devices: last-writer-wins per cell by HLC timestamp. The merge
// is commutative, idempotent and order-independent, so segments may arrive in any order, twice, or
// late. A concurrent edit (the writer had not seen our value) keeps the losing value for review.
import { v7 as uuidv7 } from 'uuid';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open-database';
import { isSyncedColumn, type CellValue, type SyncedTable } from './synced-tables';

/** One write of one row, as carried in segments: its changed cells all share one timestamp. */
export interface ChangeMessage {
  /** table */ t: string;
  /** row id */ r: string;
  /** HLC timestamp of the write */ ts: string;
  /** column → new value */ v: Record<string, CellValue>;
  /** column → the timestamp the writer overwrote (null for a new cell) */ p: Record<string, string | null>;
}

/** One cell of a message: the unit the last-writer-wins rule works on. */
interface CellChange {
  c: string;
  v: CellValue;
  ts: string;
  p: string | null;
}

export interface ApplyResult {
  applied: number;
  /** Row ids touched per table, for derived data (search index) to follow. */
  touched: Map<SyncedTable, Set<string>>;
  /** Which columns changed, per table: derived data that depends on none of them is left alone. */
  columns: Map<SyncedTable, Set<string>>;
  conflicts: number;
  deferred: number;
}

export type ChangeApplier = ReturnType<typeof createChangeApplier>;

/** Bookkeeping columns: a concurrent change there is not something a person needs to review. */
const UNREVIEWED_COLUMNS = new Set(['updated_at_ms']);

export function createChangeApplier(sqlite: Sqlite, now: () => number = Date.now) {
  const rowCells = sqlite.prepare('SELECT col, ts FROM crdt_cells WHERE tbl = ? AND row = ?');
  const defer = sqlite.prepare('INSERT INTO sync_pending (message) VALUES (?)');
  const conflict = sqlite.prepare(
    `INSERT INTO sync_conflicts (id, tbl, row, col, losing_value, losing_ts, winning_ts, detected_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const statements = new Map<string, Statement<unknown[]>>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
    return prepared;
  };

  /** Applies messages; the caller runs this inside its transaction. */
  function apply(messages: ChangeMessage[]): ApplyResult {
    timestampCache.clear();
    const result: ApplyResult = { applied: 0, touched: new Map(), columns: new Map(), conflicts: 0, deferred: 0 };
    // Winning cells grouped by row, so a new row is inserted with all its columns at once.
    const winners = new Map<string, { table: SyncedTable; row: string; cells: Map<string, CellChange> }>();
    for (const row of messages) {
      const unknown = Object.keys(row.v).filter((c) => !isSyncedColumn(row.t, c));
      if (unknown.length > 0) {
        defer.run(JSON.stringify({ ...row, v: pick(row.v, unknown), p: pick(row.p, unknown) }));
        result.deferred++;
      }
      if (!Object.keys(row.v).some((c) => isSyncedColumn(row.t, c))) continue;
      const stored = storedTimestamps(row.t as SyncedTable, row.r);
      for (const [c, v] of Object.entries(row.v)) {
        if (isSyncedColumn(row.t, c)) applyCell(row.t as SyncedTable, row.r, { c, v, ts: row.ts, p: row.p?.[c] ?? null }, stored);
      }
    }
    function applyCell(table: SyncedTable, rowId: string, message: CellChange, stored: Map<string, string>) {
      const key = `${table}\u0000${rowId}`;
      const pending = winners.get(key)?.cells.get(message.c);
      const localTs = pending?.ts ?? stored.get(message.c);
      if (localTs === message.ts) return; // already applied
      if (localTs !== undefined && message.p !== localTs && !UNREVIEWED_COLUMNS.has(message.c)) {
        // Concurrent edit: keep the loser's value.
        const incomingWins = message.ts > localTs;
        const losingValue = incomingWins ? currentValue(table, rowId, message.c, pending) : message.v;
        conflict.run(uuidv7(), table, rowId, message.c, JSON.stringify(losingValue), incomingWins ? localTs : message.ts, incomingWins ? message.ts : localTs, now());
        result.conflicts++;
      }
      if (localTs !== undefined && message.ts < localTs) return;
      let group = winners.get(key);
      if (!group) winners.set(key, (group = { table, row: rowId, cells: new Map() }));
      group.cells.set(message.c, message);
    }
    for (const { table, row, cells } of winners.values()) {
      writeRow(table, row, cells);
      const stamps = [...cells.values()];
      setCells(stamps.length).run(...stamps.flatMap((m) => [table, row, m.c, m.ts]));
      result.applied += cells.size;
      let ids = result.touched.get(table);
      if (!ids) result.touched.set(table, (ids = new Set()));
      ids.add(row);
      let columns = result.columns.get(table);
      if (!columns) result.columns.set(table, (columns = new Set()));
      for (const column of cells.keys()) columns.add(column);
    }
    return result;
  }

  /** The stored timestamps of a row's cells, read once per row and message batch. */
  const timestampCache = new Map<string, Map<string, string>>();
  function storedTimestamps(table: SyncedTable, rowId: string): Map<string, string> {
    const key = `${table}\u0000${rowId}`;
    let cached = timestampCache.get(key);
    if (!cached) {
      cached = new Map((rowCells.all(table, rowId) as { col: string; ts: string }[]).map((c) => [c.col, c.ts]));
      timestampCache.set(key, cached);
    }
    return cached;
  }

  function currentValue(table: SyncedTable, row: string, column: string, pending: CellChange | undefined): CellValue {
    if (pending) return pending.v;
    const current = statement(`SELECT ${column} FROM ${table} WHERE id = ?`).get(row) as Record<string, CellValue> | undefined;
    return current?.[column] ?? null;
  }

  /** One statement for all of a row's winning cells' timestamps. */
  const setCells = (count: number) =>
    statement(
      `INSERT INTO crdt_cells (tbl, row, col, ts) VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?)').join(', ')}
       ON CONFLICT (tbl, row, col) DO UPDATE SET ts = excluded.ts`,
    );

  /** Updates the given columns of the row already there, or inserts the row (a new row comes with all its columns). */
  function writeRow(table: SyncedTable, row: string, cells: Map<string, CellChange>) {
    const columns = [...cells.keys()];
    const values = columns.map((c) => cells.get(c)!.v);
    const updated = statement(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...values, row);
    if (updated.changes === 0) {
      statement(`INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`).run(row, ...values);
    }
  }

  return { apply };
}

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]!]));
}
