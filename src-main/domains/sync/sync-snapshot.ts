// Compaction. A snapshot is the full cell state of the data set as one device holds it, plus which
// segments of every device that covers. A new (or long-silent) machine starts from the newest
// snapshot instead of every segment ever written; a writer deletes its own segments only once a
// snapshot covers them and every machine still in touch has applied them.
import type { ChangeMessage } from '../../db/changes/apply-changes';
import { SYNCED_TABLES, type CellValue, type SyncedTable } from '../../db/changes/synced-tables';
import type { Sqlite } from '../../db/open-database';
import { decodeSegment, decodeSegmentHeader, encodeSegment, SegmentUnreadable, type SnapshotHeader } from './segment-codec';
import type { SyncFolder } from './sync-folder';
import type { IngestContext, WriteContext } from './sync-state';

/** Write a snapshot once this many of our own segments have piled up since the last one. */
export const SNAPSHOT_EVERY_SEGMENTS = 50;
/** A machine not heard from for this long no longer holds back the deletion of old segments. */
export const RETENTION_MS = 90 * 24 * 3600_000;

export function buildSnapshotMessages(sqlite: Sqlite): ChangeMessage[] {
  const messages: ChangeMessage[] = [];
  const cells = sqlite.prepare('SELECT row, col, ts FROM crdt_cells WHERE tbl = ? ORDER BY row, ts');
  for (const table of Object.keys(SYNCED_TABLES) as SyncedTable[]) {
    const rows = new Map((sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, CellValue>[]).map((r) => [r.id as string, r]));
    let current: ChangeMessage | null = null;
    for (const cell of cells.iterate(table) as Iterable<{ row: string; col: string; ts: string }>) {
      const values = rows.get(cell.row);
      if (!values || !(cell.col in values)) continue;
      if (!current || current.r !== cell.row || current.ts !== cell.ts) {
        current = { t: table, r: cell.row, ts: cell.ts, v: {}, p: {} };
        messages.push(current);
      }
      current.v[cell.col] = values[cell.col] ?? null;
      // As the state it describes, a snapshot overwrites nothing: receivers record no conflicts from it.
      current.p[cell.col] = null;
    }
  }
  return messages;
}

export function writeSnapshot(options: WriteContext): string {
  const { sqlite, folder, state, deviceId } = options;
  const messages = buildSnapshotMessages(sqlite);
  const createdAtMs = options.now();
  const header: SnapshotHeader = {
    kind: 'snapshot',
    deviceId,
    covers: { ...state.appliedVector(), [deviceId]: Number(state.meta('own_seq') ?? 0) },
    keyId: options.keyId,
    ...options.header,
    count: messages.length,
    createdAtMs,
  };
  const name = folder.writeSnapshot(deviceId, createdAtMs, encodeSegment(header, messages, options.key));
  state.setMeta('last_snapshot_seq', String(header.covers[deviceId]));
  for (const old of folder.snapshots()) if (old.deviceId === deviceId && old.name !== name) folder.removeOwn(deviceId, 'snapshot', old.name);
  return name;
}

/** Readable snapshot headers, newest first. */
export function snapshotHeaders(folder: SyncFolder): { name: string; header: SnapshotHeader }[] {
  return folder
    .snapshots()
    .reverse()
    .flatMap(({ name }) => {
      try {
        return [{ name, header: decodeSegmentHeader<SnapshotHeader>(folder.readSnapshot(name)).header }];
      } catch (error) {
        if (error instanceof SegmentUnreadable) return [];
        throw error;
      }
    });
}

/**
 * Applies a snapshot wherever some device's next segment is gone from the folder (compacted away)
 * and a snapshot covers it. Returns how many changes that applied (0 when none was needed).
 */
export function bootstrapFromSnapshot(options: IngestContext): number {
  const { folder, state, deviceId } = options;
  const isNeeded = (covers: Record<string, number>) =>
    Object.entries(covers).some(([device, seq]) => {
      if (device === deviceId) return false;
      const applied = state.device(device).appliedSeq;
      return seq > applied && !folder.segmentsOf(device).has(applied + 1);
    });
  let total = 0;
  for (const { name, header } of snapshotHeaders(folder)) {
    if (header.minReaderSchema > options.schema || !isNeeded(header.covers)) continue;
    let decoded;
    try {
      decoded = decodeSegment<SnapshotHeader>(folder.readSnapshot(name), options.key);
    } catch (error) {
      if (error instanceof SegmentUnreadable) continue; // not fully arrived yet
      throw error;
    }
    for (const message of decoded.messages) options.clock.recv(message.ts);
    total += options.sqlite.transaction(() => {
      const applied = options.applier.apply(decoded.messages);
      options.afterApply(applied.touched, applied.columns);
      for (const [device, seq] of Object.entries(decoded.header.covers)) {
        if (device !== deviceId && state.device(device).appliedSeq < seq) state.setApplied(device, seq, options.now());
      }
      return applied.applied;
    })();
  }
  return total;
}

/** Deletes our own segments that a snapshot covers and every machine still in touch has applied. */
export function collectOwnSegments(options: { folder: SyncFolder; deviceId: string; now: () => number }): number {
  const { folder, deviceId } = options;
  let safe = Math.max(0, ...snapshotHeaders(folder).map((s) => s.header.covers[deviceId] ?? 0));
  for (const other of folder.listDevices()) {
    if (other === deviceId) continue;
    const otherState = folder.readDeviceState(other);
    const inTouch = otherState?.writtenAtMs === undefined || options.now() - otherState.writtenAtMs < RETENTION_MS;
    if (inTouch) safe = Math.min(safe, otherState?.applied[deviceId] ?? 0);
  }
  let removed = 0;
  for (const [seq, names] of folder.segmentsOf(deviceId)) {
    if (seq > safe) continue;
    for (const name of names) folder.removeOwn(deviceId, 'seg', name);
    removed++;
  }
  return removed;
}
