// A machine joining after compaction starts from a snapshot: the rows format written now (2), and
// the change-message format earlier versions wrote (1), which stays readable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsToMessages } from '../../src-main/db/changes/table-rows';
import { decodeSegmentHeader, decodeSnapshot, encodeSegment } from '../../src-main/domains/sync/segment-codec';
import { World } from './sync-sim/simulator';

let world: World | undefined;
afterEach(() => world?.dispose());

/** Device 0's data, written and compacted, reaching device 1 without its segments. */
async function joinFromSnapshot(rewrite: (snapshot: Buffer) => Buffer) {
  world = await World.create(2);
  world.create(0, 'Ganesh Traders');
  world.create(0, 'लक्ष्मी स्टोर्स');
  world.edit(0, 0, 'city', 'मदुरै');
  world.edit(0, 1, 'notes', 'wholesale');
  await world.syncDevice(0, true, true);
  const snapshots = [...world.published.keys()].filter((path) => path.endsWith('.snap'));
  expect(snapshots).toHaveLength(1);
  for (const [path, bytes] of world.published) {
    if (path.endsWith('.seg')) continue;
    const target = join(world.devices[1]!.replica, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, path.endsWith('.snap') ? rewrite(bytes) : bytes);
  }
  const report = await world.syncDevice(1);
  return { report, format: decodeSegmentHeader(rewrite(world.published.get(snapshots[0]!)!)).format };
}

describe('a snapshot', () => {
  it('as rows (format 2) brings every cell to a new machine', async () => {
    const { report, format } = await joinFromSnapshot((bytes) => bytes);
    expect(format).toBe(2);
    expect(report).toMatchObject({ status: 'ok', appliedSegments: 0 });
    expect(report.appliedChanges).toBeGreaterThan(0);
    expect(world!.snapshot(world!.devices[1]!)).toEqual(world!.snapshot(world!.devices[0]!));
    expect(world!.oracleMismatches(world!.devices[1]!)).toEqual([]);
  });

  it('as change messages (format 1, earlier versions) is still applied', async () => {
    const asMessages = (bytes: Buffer) => {
      const { header, tables } = decodeSnapshot(bytes, null);
      const messages = (tables ?? []).flatMap(rowsToMessages);
      return encodeSegment({ ...header, count: messages.length }, messages, null);
    };
    const { report, format } = await joinFromSnapshot(asMessages);
    expect(format).toBe(1);
    expect(report).toMatchObject({ status: 'ok', appliedSegments: 0 });
    expect(world!.snapshot(world!.devices[1]!)).toEqual(world!.snapshot(world!.devices[0]!));
    expect(world!.oracleMismatches(world!.devices[1]!)).toEqual([]);
  });
});
