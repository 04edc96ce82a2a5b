// Applies change messages from other devices: last-writer-wins per cell by HLC timestamp. The merge
// is commutative, idempotent and order-independent, so segments may arrive in any order, twice, or
// late. A concurrent edit (the writer had not seen our value) keeps the losing value for review.
import { v7 as uuidv7 } from 'uuid';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open-database';
import { cellTs, createCellClocks, NEVER_WRITTEN, type RowClock } from './cell-clocks';
import { isDefaultValue, isLocalColumn, isSyncedColumn, SYNCED_TABLES, type CellValue, type SyncedTable } from './synced-tables';
import { rowsToMessages, type TableRows } from './table-rows';

/** One write of one row, as carried in segments: its changed cells all share one timestamp. */
export interface ChangeMessage {
  /** table */ t: string;
  /** row id */ r: string;
  /** HLC timestamp of the write */ ts: string;
  /** column → new value */ v: Record<string, CellValue>;
  /** column → the timestamp the writer overwrote (null for a new cell); may be left out when all are null */ p?: Record<string, string | null>;
}

/** The newest timestamp among messages: receiving it moves the clock past all of them. */
export function newestMessageTs(messages: readonly ChangeMessage[]): string | null {
  let newest: string | null = null;
  for (const { ts } of messages) if (newest === null || ts > newest) newest = ts;
  return newest;
}

/** One cell that won, waiting to be written with the rest of its row. */
interface Winner {
  v: CellValue;
  ts: string;
}

/** What one batch knows of one row: its stored clock, its values (read when needed), its winners. */
interface RowState {
  table: SyncedTable;
  row: string;
  clock: RowClock;
  values: Record<string, CellValue> | undefined;
  winners: Map<string, Winner>;
  /** The first winning timestamp: a row new here gets it as its clock entry. */
  firstTs: string | undefined;
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
  const clocks = createCellClocks(sqlite);
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
  function apply(messages: readonly ChangeMessage[]): ApplyResult {
    const result: ApplyResult = { applied: 0, touched: new Map(), columns: new Map(), conflicts: 0, deferred: 0 };
    // Winning cells grouped by row, so each row is written once with all its columns.
    const rows = new Map<string, RowState>();
    for (const message of messages) {
      const columns = Object.keys(message.v);
      const unknown = columns.filter((c) => !isSyncedColumn(message.t, c));
      if (unknown.length > 0) {
        defer.run(JSON.stringify({ ...message, v: pick(message.v, unknown), p: pick(message.p ?? {}, unknown) }));
        result.deferred++;
        if (unknown.length === columns.length) continue;
      }
      const table = message.t as SyncedTable;
      const key = `${table}\u0000${message.r}`;
      let state = rows.get(key);
      if (!state) rows.set(key, (state = { table, row: message.r, clock: clocks.read(table, message.r), values: undefined, winners: new Map(), firstTs: undefined }));
      for (const column of columns) {
        if (unknown.length === 0 || isSyncedColumn(table, column)) applyCell(state, column, message.v[column]!, message.ts, message.p?.[column] ?? null);
      }
    }

    function applyCell(state: RowState, column: string, value: CellValue, ts: string, overwrote: string | null) {
      const pending = state.winners.get(column);
      const localTs = pending ? pending.ts : storedTs(state, column);
      if (localTs === ts) return; // already applied
      if (localTs !== undefined && overwrote !== localTs && !UNREVIEWED_COLUMNS.has(column)) {
        // Concurrent edit: keep the loser's value.
        const incomingWins = ts > localTs;
        const losingValue = incomingWins ? (pending ? pending.v : (currentValues(state)[column] ?? null)) : value;
        conflict.run(uuidv7(), state.table, state.row, column, JSON.stringify(losingValue), incomingWins ? localTs : ts, incomingWins ? ts : localTs, now());
        result.conflicts++;
      }
      if (localTs !== undefined && ts < localTs) return;
      state.winners.set(column, { v: value, ts });
      state.firstTs ??= ts;
    }

    for (const state of rows.values()) {
      if (state.winners.size === 0) continue;
      writeRow(state);
      result.applied += state.winners.size;
      let ids = result.touched.get(state.table);
      if (!ids) result.touched.set(state.table, (ids = new Set()));
      ids.add(state.row);
      let columns = result.columns.get(state.table);
      if (!columns) result.columns.set(state.table, (columns = new Set()));
      for (const column of state.winners.keys()) columns.add(column);
    }
    return result;
  }

  /** The stored timestamp of a cell; reads the row's values only when the clock alone cannot tell. */
  function storedTs(state: RowState, column: string): string | undefined {
    const { clock } = state;
    if (clock.cells.has(column) || clock.rowTs === undefined) return cellTs(clock, state.table, column, undefined);
    return cellTs(clock, state.table, column, currentValues(state)[column]);
  }

  function currentValues(state: RowState): Record<string, CellValue> {
    state.values ??= (statement(`SELECT * FROM ${state.table} WHERE id = ?`).get(state.row) as Record<string, CellValue> | undefined) ?? {};
    return state.values;
  }

  /**
   * Writes a row's winning cells and their timestamps. A row the clocks have never seen is most
   * likely new: it is inserted with one clock entry, its cells stamped otherwise get their own.
   */
  function writeRow(state: RowState) {
    const { table, row, winners } = state;
    const columns = [...winners.keys()];
    const values = columns.map((c) => winners.get(c)!.v);
    const isUnknownRow = state.clock.rowTs === undefined && state.clock.cells.size === 0;
    if (isUnknownRow && insert(table, columns).run(row, ...values).changes === 1) {
      const rowTs = state.firstTs!;
      clocks.setRow(table, row, rowTs);
      const own: [string, string][] = [];
      for (const [column, { v, ts }] of winners) if (ts !== rowTs || isDefaultValue(table, column, v)) own.push([column, ts]);
      clocks.setCells(table, row, own);
      return;
    }
    const updated = statement(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...values, row);
    if (updated.changes === 0) insert(table, columns).run(row, ...values);
    clocks.setCells(table, row, columns.map((c) => [c, winners.get(c)!.ts] as const));
  }

  const insert = (table: string, columns: string[]) =>
    statement(`INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)}) ON CONFLICT (id) DO NOTHING`);

  const hasAny = (table: string) =>
    statement(
      `SELECT EXISTS (SELECT 1 FROM ${table}) OR EXISTS (SELECT 1 FROM crdt_rows WHERE tbl = ?) OR EXISTS (SELECT 1 FROM crdt_cells WHERE tbl = ?)`,
    ).pluck();
  const insertRowClock = sqlite.prepare('INSERT INTO crdt_rows (tbl, row, ts) VALUES (?, ?, ?)');
  const insertCellClock = sqlite.prepare('INSERT INTO crdt_cells (tbl, row, col, ts) VALUES (?, ?, ?, ?)');

  /**
   * Applies a snapshot's rows. A table this machine holds nothing of takes them as they stand (a new
   * machine's first sync: no comparisons, one insert per row); any other merges them as messages.
   */
  function applyRows(tables: readonly TableRows[]): ApplyResult {
    const result: ApplyResult = { applied: 0, touched: new Map(), columns: new Map(), conflicts: 0, deferred: 0 };
    for (const rows of tables) {
      const isCopy =
        Object.hasOwn(SYNCED_TABLES, rows.t) && rows.cols.every((c) => isSyncedColumn(rows.t, c)) && hasAny(rows.t).get(rows.t, rows.t) === 0;
      const part = isCopy ? copyRows(rows) : apply(rowsToMessages(rows));
      result.applied += part.applied;
      result.conflicts += part.conflicts;
      result.deferred += part.deferred;
      for (const [table, ids] of part.touched) result.touched.set(table, new Set([...(result.touched.get(table) ?? []), ...ids]));
      for (const [table, columns] of part.columns) result.columns.set(table, new Set([...(result.columns.get(table) ?? []), ...columns]));
    }
    return result;
  }

  function copyRows({ t, cols, local = [], rows, cells }: TableRows): ApplyResult {
    const table = t as SyncedTable;
    // The writer's derived values too, where this machine has those columns (afterApply checks them).
    const hints = local.every((c) => isLocalColumn(table, c)) ? local : [];
    const columns = [...cols, ...hints];
    const insertRow = statement(`INSERT INTO ${table} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`);
    const end = 2 + columns.length;
    const ids = new Set<string>();
    // Counted like the messages it stands for: one per cell that carries a timestamp.
    let applied = 0;
    const isStampedByRow = (row: CellValue[], i: number) => row[1] !== null && !isDefaultValue(table, cols[i]!, row[i + 2] ?? null);
    for (const row of rows) {
      const id = row[0] as string;
      insertRow.run(id, ...row.slice(2, end));
      ids.add(id);
      if (row[1] === null) continue;
      insertRowClock.run(table, id, row[1]);
      for (let i = 0; i < cols.length; i++) if (isStampedByRow(row, i)) applied++;
    }
    for (const [index, column, ts] of cells) {
      const row = rows[index]!;
      insertCellClock.run(table, row[0], column, ts);
      applied += (ts === NEVER_WRITTEN ? 0 : 1) - (isStampedByRow(row, cols.indexOf(column)) ? 1 : 0);
    }
    return { applied, touched: new Map([[table, ids]]), columns: new Map([[table, new Set(cols)]]), conflicts: 0, deferred: 0 };
  }

  return { apply, applyRows };
}

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]!]));
}
