// Compaction. A snapshot is the full cell state of the data set as one device holds it, plus which
// segments of every device that covers. A new (or long-silent) machine starts from the newest
// snapshot instead of every segment ever written; a writer deletes its own segments only once a
// snapshot covers them and every machine still in touch has applied them. Snapshots are written as
// rows (format 2); those written as change messages (format 1) are still read.
import { newestMessageTs } from '../../db/changes/apply-changes';
import { newestTs, readTableRows } from '../../db/changes/table-rows';
import { decodeSegmentHeader, decodeSnapshot, encodeSnapshot, SegmentUnreadable, type SnapshotHeader } from './segment-codec';
import type { SyncFolder } from './sync-folder';
import type { IngestContext, WriteContext } from './sync-state';

/** Write a snapshot once this many of our own segments have piled up since the last one. */
export const SNAPSHOT_EVERY_SEGMENTS = 50;
/** A machine not heard from for this long no longer holds back the deletion of old segments. */
export const RETENTION_MS = 90 * 24 * 3600_000;

export function writeSnapshot(options: WriteContext): string {
  const { sqlite, folder, state, deviceId } = options;
  const tables = readTableRows(sqlite);
  const createdAtMs = options.now();
  const header: SnapshotHeader = {
    kind: 'snapshot',
    deviceId,
    covers: { ...state.appliedVector(), [deviceId]: Number(state.meta('own_seq') ?? 0) },
    keyId: options.keyId,
    ...options.header,
    count: tables.reduce((sum, t) => sum + t.rows.length, 0),
    createdAtMs,
  };
  const name = folder.writeSnapshot(deviceId, createdAtMs, encodeSnapshot(header, tables, options.key));
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
    let decoded: ReturnType<typeof decodeSnapshot>;
    try {
      decoded = decodeSnapshot(folder.readSnapshot(name), options.key);
    } catch (error) {
      if (error instanceof SegmentUnreadable) continue; // not fully arrived yet
      throw error;
    }
    // The clock moves past the newest timestamp, which covers all the others.
    const newest = decoded.tables ? newestTs(decoded.tables) : newestMessageTs(decoded.messages);
    if (newest !== null) options.clock.recv(newest);
    total += options.sqlite.transaction(() => {
      const applied = decoded.tables ? options.applier.applyRows(decoded.tables) : options.applier.apply(decoded.messages);
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
