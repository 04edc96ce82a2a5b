// Where the hybrid-logical-clock timestamps of synced cells are kept. Per-cell rows cost more than
// the data they describe, so a row has one clock entry (crdt_rows: the write that created it) and a
// cell gets an entry of its own (crdt_cells) only when a later write stamped it differently.
//
// A cell's timestamp: its own entry if it has one; otherwise the row's, unless the cell holds its
// column's default. Inserts leave default values unstamped ("never set" merges like a missing value),
// so such a cell was never written. An own entry of '' says the same for a cell holding anything else.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open-database';
import { isDefaultValue, type CellValue } from './synced-tables';

/** The own entry that marks a cell as never written. */
export const NEVER_WRITTEN = '';

/** What is stored for one row: the row's timestamp and its cells' own ones. */
export interface RowClock {
  rowTs: string | undefined;
  cells: Map<string, string>;
}

/**
 * The timestamp of a cell holding `value`, or undefined for a cell never written (any write wins
 * over it). The same rule everywhere: the writer's `prev`, the applier's comparison, snapshots.
 */
export function cellTs(clock: RowClock, table: string, column: string, value: CellValue | undefined): string | undefined {
  const own = clock.cells.get(column);
  if (own !== undefined) return own === NEVER_WRITTEN ? undefined : own;
  if (clock.rowTs === undefined || (value !== undefined && isDefaultValue(table, column, value))) return undefined;
  return clock.rowTs;
}

export type CellClocks = ReturnType<typeof createCellClocks>;

export function createCellClocks(sqlite: Sqlite) {
  const readRow = sqlite
    .prepare('SELECT NULL, ts FROM crdt_rows WHERE tbl = ? AND row = ? UNION ALL SELECT col, ts FROM crdt_cells WHERE tbl = ? AND row = ?')
    .raw();
  const setRow = sqlite.prepare('INSERT INTO crdt_rows (tbl, row, ts) VALUES (?, ?, ?) ON CONFLICT (tbl, row) DO UPDATE SET ts = excluded.ts');
  const upserts = new Map<number, Statement<unknown[]>>();
  /** One statement for all of a row's own entries (statement overhead dominates bulk writes). */
  const upsertCells = (count: number) => {
    let prepared = upserts.get(count);
    if (!prepared) {
      prepared = sqlite.prepare(
        `INSERT INTO crdt_cells (tbl, row, col, ts) VALUES ${Array.from({ length: count }, () => '(?, ?, ?, ?)').join(', ')}
         ON CONFLICT (tbl, row, col) DO UPDATE SET ts = excluded.ts`,
      );
      upserts.set(count, prepared);
    }
    return prepared;
  };

  return {
    read(table: string, row: string): RowClock {
      const clock: RowClock = { rowTs: undefined, cells: new Map() };
      for (const [column, ts] of readRow.all(table, row, table, row) as [string | null, string][]) {
        if (column === null) clock.rowTs = ts;
        else clock.cells.set(column, ts);
      }
      return clock;
    },

    setRow(table: string, row: string, ts: string): void {
      setRow.run(table, row, ts);
    },

    /** Gives cells their own entries. */
    setCells(table: string, row: string, cells: readonly (readonly [column: string, ts: string])[]): void {
      if (cells.length === 0) return;
      const values: string[] = [];
      for (const [column, ts] of cells) values.push(table, row, column, ts);
      upsertCells(cells.length).run(...values);
    },
  };
}

/** The timestamp of one cell as stored, or null for a cell never written (tests, the simulator). */
export function storedCellTs(sqlite: Sqlite, table: string, row: string, column: string): string | null {
  const clock = createCellClocks(sqlite).read(table, row);
  const current = sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(row) as Record<string, CellValue> | undefined;
  return cellTs(clock, table, column, current?.[column]) ?? null;
}

/** The newest timestamp among a row's cells, or null when none was ever written. */
export function newestRowTs(sqlite: Sqlite, table: string, row: string): string | null {
  return (
    (sqlite
      .prepare(`SELECT max(ts) FROM (SELECT ts FROM crdt_rows WHERE tbl = ? AND row = ? UNION ALL SELECT ts FROM crdt_cells WHERE tbl = ? AND row = ? AND ts <> '')`)
      .pluck()
      .get(table, row, table, row) as string | null) ?? null
  );
}
