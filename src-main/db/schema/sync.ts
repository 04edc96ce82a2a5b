import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Hybrid-logical-clock timestamps of synced cells that differ from what their row's clock entry
 * implies (the row's entries are in `crdt_rows`, a WITHOUT ROWID table made by the row_clocks custom
 * migration; see db/changes/cell-clocks.ts). The merge rule is last-writer-wins per cell, so a
 * write wins only with a newer timestamp. Local bookkeeping.
 */
export const crdtCells = sqliteTable(
  'crdt_cells',
  {
    tbl: text('tbl').notNull(),
    row: text('row').notNull(),
    col: text('col').notNull(),
    ts: text('ts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.row, t.col] })],
);

/** Local writes not yet written to a segment in the sync folder: one row per write of one row. */
export const syncOutbox = sqliteTable('sync_outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tbl: text('tbl').notNull(),
  row: text('row').notNull(),
  /** JSON object: column → new value. */
  cells: text('cells').notNull(),
  ts: text('ts').notNull(),
  /** JSON object: column → the timestamp this write overwrote (null for a new cell); lets receivers spot concurrent edits. */
  prev: text('prev').notNull(),
});

/** This installation's sync identity, clock and settings (device id, folder, …). Local, never synced. */
export const syncMeta = sqliteTable('sync_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** How far this installation has applied each other device's segments. */
export const syncDevices = sqliteTable('sync_devices', {
  deviceId: text('device_id').primaryKey(),
  appliedSeq: integer('applied_seq').notNull().default(0),
  name: text('name').notNull().default(''),
  userName: text('user_name').notNull().default(''),
  /** Set while the device's clock is too far ahead: its segments wait, others keep syncing. */
  quarantinedReason: text('quarantined_reason'),
  lastSeenAtMs: integer('last_seen_at_ms'),
});

/** The losing value of a concurrent edit, kept for the "Sync conflicts" review (keep mine / theirs). */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: text('id').primaryKey(),
    tbl: text('tbl').notNull(),
    row: text('row').notNull(),
    col: text('col').notNull(),
    losingValue: text('losing_value').notNull(),
    losingTs: text('losing_ts').notNull(),
    winningTs: text('winning_ts').notNull(),
    detectedAtMs: integer('detected_at_ms').notNull(),
    resolvedAtMs: integer('resolved_at_ms'),
  },
  (t) => [index('sync_conflicts_open').on(t.resolvedAtMs)],
);

/** Received changes naming a table or column this version does not know: replayed after an update. */
export const syncPending = sqliteTable('sync_pending', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** JSON of the change message. */
  message: text('message').notNull(),
});
