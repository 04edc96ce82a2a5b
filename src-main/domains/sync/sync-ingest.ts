// Applies other devices' segments in sequence order, waiting at a gap (never skipping it), waiting
// for a segment's dependencies, holding segments from a newer app, quarantining a device whose
// clock is far ahead, and stopping before a run would remove an alarming share of the records.
import { newestMessageTs, type ChangeMessage } from '../../db/changes/apply-changes';
import { ClockDriftError } from '../../db/changes/hlc-clock';
import { decodeSegment, SegmentUnreadable, type SegmentHeader } from './segment-codec';
import type { IngestContext } from './sync-state';

export interface IngestResult {
  appliedChanges: number;
  appliedSegments: number;
  conflicts: number;
  waiting: { deviceId: string; reason: string }[];
  quarantined: { deviceId: string; reason: string }[];
  heldForDeletes: number | null;
}

const REMOVAL_COLUMNS = new Set(['archived_at_ms', 'deleted_at_ms']);

export async function ingestSegments(
  options: IngestContext & {
    allowMassDelete: boolean;
    /** Segments applied so far of those found waiting, after each one (a large first sync takes a while). */
    onProgress?: ((done: number, total: number) => void) | undefined;
  },
): Promise<IngestResult> {
  const { sqlite, folder, state, deviceId } = options;
  const result: IngestResult = { appliedChanges: 0, appliedSegments: 0, conflicts: 0, waiting: [], quarantined: [], heldForDeletes: null };
  const liveRows = sqlite.prepare(
    `SELECT (SELECT count(*) FROM contacts WHERE archived_at_ms IS NULL) + (SELECT count(*) FROM companies WHERE archived_at_ms IS NULL)`,
  ).pluck();
  const isLive = (table: string) => sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND ${table.startsWith('contact_') ? 'deleted_at_ms' : 'archived_at_ms'} IS NULL`);
  const liveChecks = new Map<string, ReturnType<typeof isLive>>();
  let removalLimit: number | null = null; // counted only when a segment removes something
  let removals = 0;

  const countRemovals = (messages: ChangeMessage[]) =>
    messages.filter((m) => {
      const removes = Object.entries(m.v).some(([c, v]) => REMOVAL_COLUMNS.has(c) && v !== null);
      if (!removes || !['contacts', 'companies'].includes(m.t)) return false;
      let check = liveChecks.get(m.t);
      if (!check) liveChecks.set(m.t, (check = isLive(m.t)));
      return check.get(m.r) !== undefined;
    }).length;

  // Derived data (sort keys, search index) is owed from the same transaction (derived-work.ts): a
  // crash after the apply must not leave rows that a later run, with nothing new to apply, never revisits.
  const applySegment = sqlite.transaction((device: string, seq: number, messages: ChangeMessage[]) => {
    const applied = options.applier.apply(messages);
    options.afterApply(applied.touched, applied.columns);
    state.setApplied(device, seq, options.now());
    return applied;
  });

  const total = folder
    .listDevices()
    .filter((d) => d !== deviceId)
    .reduce((sum, d) => sum + [...folder.segmentsOf(d).keys()].filter((seq) => seq > state.device(d).appliedSeq).length, 0);
  const blocked = new Map<string, string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const device of folder.listDevices()) {
      if (device === deviceId) continue;
      const next = state.device(device).appliedSeq + 1;
      const segments = folder.segmentsOf(device);
      const names = segments.get(next);
      if (!names) {
        if ([...segments.keys()].some((seq) => seq > next)) blocked.set(device, `waiting for segment ${next} to arrive`);
        else blocked.delete(device);
        continue;
      }
      let decoded: { header: SegmentHeader; messages: ChangeMessage[] } | null = null;
      let problem = 'unreadable';
      for (const name of names) {
        try {
          decoded = decodeSegment(folder.readSegment(device, name), options.key);
          break;
        } catch (error) {
          if (!(error instanceof SegmentUnreadable)) throw error;
          problem = error.message;
        }
      }
      if (!decoded) {
        blocked.set(device, `segment ${next} is not complete yet (${problem})`);
        continue;
      }
      const { header, messages } = decoded;
      if (header.minReaderSchema > options.schema) {
        blocked.set(device, `segment ${next} comes from a newer Sampark (${header.appVersion}); update Sampark to apply it`);
        continue;
      }
      const missing = Object.entries(header.deps).find(([d, seq]) => d !== deviceId && d !== device && state.device(d).appliedSeq < seq);
      if (missing) {
        blocked.set(device, `waiting for ${missing[0]}'s segment ${missing[1]} first`);
        continue;
      }
      const segmentRemovals = countRemovals(messages);
      if (segmentRemovals > 0) removalLimit ??= Math.max(50, Math.floor((liveRows.get() as number) * 0.1));
      if (!options.allowMassDelete && removalLimit !== null && removals + segmentRemovals > removalLimit) {
        result.heldForDeletes = removals + segmentRemovals;
        blocked.set(device, `would remove ${removals + segmentRemovals} records; waiting for confirmation`);
        continue;
      }
      try {
        // The newest timestamp is the one that matters: past it, the clock is past them all.
        const newest = newestMessageTs(messages);
        if (newest !== null) options.clock.recv(newest);
      } catch (error) {
        if (!(error instanceof ClockDriftError)) throw error;
        const reason = `its clock is far ahead of this machine's; its changes wait until the clocks agree`;
        state.quarantine(device, reason);
        result.quarantined.push({ deviceId: device, reason });
        blocked.delete(device);
        continue;
      }
      const applied = applySegment(device, next, messages);
      removals += segmentRemovals;
      result.appliedChanges += applied.applied;
      result.appliedSegments++;
      result.conflicts += applied.conflicts;
      blocked.delete(device);
      progress = true;
      options.onProgress?.(result.appliedSegments, Math.max(total, result.appliedSegments));
      // Let other work (the window's requests, progress events) run between segments.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  result.waiting = [...blocked].map(([d, reason]) => ({ deviceId: d, reason }));
  return result;
}
