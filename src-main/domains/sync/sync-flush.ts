// Writes queued local changes to new segment files, then drops them from the outbox. A segment that
// made it to the folder before a crash is recognised on the next run (by its `through`), never re-sent.
import type { ChangeMessage } from '../../db/changes/apply-changes';
import type { CellValue } from '../../db/changes/synced-tables';
import { decodeSegmentHeader, encodeSegment, type SegmentHeader } from './segment-codec';
import type { WriteContext } from './sync-state';

/** Row writes per segment: small enough to apply in one short transaction, large enough to keep file counts low. */
export const SEGMENT_MESSAGES = 10_000;

interface OutboxRow {
  seq: number;
  tbl: string;
  row: string;
  cells: string;
  ts: string;
  prev: string;
}

export function flushOutbox(options: WriteContext): { segments: number; messages: number } {
  const { sqlite, folder, state, deviceId } = options;
  const batch = sqlite.prepare(
    'SELECT seq, tbl, row, cells, ts, prev FROM sync_outbox ORDER BY seq LIMIT ?',
  );
  const drop = sqlite.prepare('DELETE FROM sync_outbox WHERE seq <= ?');
  const commit = sqlite.transaction((seq: number, through: number) => {
    drop.run(through);
    state.setMeta('own_seq', String(seq));
  });

  // Recover: segments of ours beyond own_seq were written before a crash; their changes are out.
  let ownSeq = Number(state.meta('own_seq') ?? 0);
  for (const [seq, names] of [...folder.segmentsOf(deviceId)].sort((a, b) => a[0] - b[0])) {
    if (seq <= ownSeq) continue;
    const { header } = decodeSegmentHeader(folder.readSegment(deviceId, names[0]!));
    commit(seq, header.through);
    ownSeq = seq;
  }

  let segments = 0;
  let messages = 0;
  for (;;) {
    const rows = batch.all(SEGMENT_MESSAGES) as OutboxRow[];
    if (rows.length === 0) break;
    const through = rows.at(-1)!.seq;
    const payload: ChangeMessage[] = rows.map((r) => ({
      t: r.tbl,
      r: r.row,
      ts: r.ts,
      v: JSON.parse(r.cells) as Record<string, CellValue>,
      p: JSON.parse(r.prev) as Record<string, string | null>,
    }));
    const seq = ownSeq + 1;
    const header: SegmentHeader = {
      deviceId,
      seq,
      keyId: options.keyId,
      ...options.header,
      deps: state.appliedVector(),
      through,
      count: payload.length,
      createdAtMs: options.now(),
    };
    folder.writeSegment(deviceId, seq, encodeSegment(header, payload, options.key));
    commit(seq, through);
    ownSeq = seq;
    segments++;
    messages += payload.length;
  }
  return { segments, messages };
}
