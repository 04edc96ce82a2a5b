// A table's synced state as snapshots carry it: the columns named once, each row as
// [id, its clock entry, ...values], and the cells whose timestamp is their own as
// [row index, column, ts]. It is the storage's own shape (cell-clocks.ts), so a snapshot reaching
// empty tables is copied as it stands, and anywhere else it becomes ordinary change messages.
// Rows end with the writer's values of the columns each machine derives (sort keys): a hint that
// spares a new machine rewriting them when it derives the same; it recomputes them either way.
import type { Sqlite } from '../open-database';
import type { ChangeMessage } from './apply-changes';
import { cellTs, type RowClock } from './cell-clocks';
import { localColumnsOf, SYNCED_TABLES, type CellValue, type SyncedTable } from './synced-tables';

export interface TableRows {
  t: string;
  cols: string[];
  /** Derived columns whose values follow the synced ones in each row (may be absent). */
  local?: string[];
  /** [id, row timestamp or null, ...values in `cols` order, ...values in `local` order] */
  rows: CellValue[][];
  cells: [row: number, column: string, ts: string][];
}

/** Every synced table's rows that carry any timestamp, with their timestamps. */
export function readTableRows(sqlite: Sqlite): TableRows[] {
  const ownCells = sqlite.prepare('SELECT row, col, ts FROM crdt_cells WHERE tbl = ?').raw();
  return (Object.keys(SYNCED_TABLES) as SyncedTable[]).map((table) => {
    const cols = [...SYNCED_TABLES[table]];
    const local = [...localColumnsOf(table)];
    const synced = new Set(cols);
    const own = new Map<string, [string, string][]>();
    for (const [row, column, ts] of ownCells.iterate(table) as Iterable<[string, string, string]>) {
      if (!synced.has(column)) continue;
      let entries = own.get(row);
      if (!entries) own.set(row, (entries = []));
      entries.push([column, ts]);
    }
    const select = sqlite
      .prepare(`SELECT t.id, r.ts, ${[...cols, ...local].map((c) => `t.${c}`).join(', ')} FROM ${table} t LEFT JOIN crdt_rows r ON r.tbl = ? AND r.row = t.id`)
      .raw();
    const rows: CellValue[][] = [];
    const cells: TableRows['cells'] = [];
    for (const row of select.iterate(table) as Iterable<CellValue[]>) {
      const entries = own.get(row[0] as string);
      if (row[1] === null && !entries) continue; // never written through sync: nothing to carry
      for (const [column, ts] of entries ?? []) cells.push([rows.length, column, ts]);
      rows.push(row);
    }
    return { t: table, cols, local, rows, cells };
  });
}

/** The newest timestamp in a table's rows (the clock must move past it before they are applied). */
export function newestTs(tables: readonly TableRows[]): string | null {
  let newest: string | null = null;
  for (const { rows, cells } of tables) {
    for (const row of rows) if (typeof row[1] === 'string' && (newest === null || row[1] > newest)) newest = row[1];
    for (const [, , ts] of cells) if (ts !== '' && (newest === null || ts > newest)) newest = ts;
  }
  return newest;
}

/**
 * The rows as change messages, one per row and timestamp. Cells never written are left out, and a
 * snapshot overwrites nothing: receivers merge it like any segment.
 */
export function rowsToMessages({ t, cols, rows, cells }: TableRows): ChangeMessage[] {
  const own = new Map<number, Map<string, string>>();
  for (const [index, column, ts] of cells) {
    let entries = own.get(index);
    if (!entries) own.set(index, (entries = new Map()));
    entries.set(column, ts);
  }
  const messages: ChangeMessage[] = [];
  rows.forEach((row, index) => {
    const clock: RowClock = { rowTs: (row[1] as string | null) ?? undefined, cells: own.get(index) ?? new Map() };
    const byTs = new Map<string, ChangeMessage>();
    cols.forEach((column, i) => {
      const value = row[i + 2] ?? null;
      const ts = cellTs(clock, t, column, value);
      if (ts === undefined) return;
      let message = byTs.get(ts);
      if (!message) byTs.set(ts, (message = { t, r: row[0] as string, ts, v: {} }));
      message.v[column] = value;
    });
    messages.push(...byTs.values());
  });
  return messages;
}
