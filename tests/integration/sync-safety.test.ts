// A machine whose clock runs far ahead is quarantined while the others keep syncing; a segment from
// a newer Sampark is held until this one is updated.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSegment, encodeSegment } from '../../src-main/domains/sync/segment-codec';
import { World } from './sync-sim/simulator';

let world: World | undefined;
afterEach(() => world?.dispose());

describe('sync safety', () => {
  it('quarantines a machine whose clock is an hour ahead; the others keep syncing', async () => {
    world = await World.create(3, [0, 0, 3_600_000]);
    world.create(0, 'Ganesh Traders');
    world.create(2, 'Future Stores');
    for (let round = 0; round < 2; round++) {
      for (const d of world.devices) await world.syncDevice(d.index);
      for (const d of world.devices) world.deliverAll(d.index);
    }
    const report = await world.syncDevice(1);
    const names = (i: number) => Object.values(world!.snapshot(world!.devices[i]!)).map((r) => (r as { name: string }).name).sort();
    expect(names(1)).toEqual(['Ganesh Traders']);
    expect(names(0)).toEqual(['Ganesh Traders']);
    const quarantined = world.devices[1]!.sync.status().devices.filter((d) => d.quarantinedReason);
    expect(quarantined.map((d) => d.name)).toEqual(['d2']);
    expect(report.status).toBe('ok');
    // The skewed machine still receives everyone else's changes.
    expect(names(2)).toEqual(['Future Stores', 'Ganesh Traders']);
  });

  it('holds a segment from a newer Sampark and applies nothing from it', async () => {
    world = await World.create(2);
    world.create(0, 'Ganesh Traders');
    await world.syncDevice(0);
    const segDir = join(world.devices[0]!.replica, 'devices', world.devices[0]!.writer.deviceId, 'seg');
    const name = readdirSync(segDir).find((n) => n.endsWith('.seg'))!;
    const { header, messages } = decodeSegment(readFileSync(join(segDir, name)), null);
    writeFileSync(join(segDir, name), encodeSegment({ ...header, minReaderSchema: 99, appVersion: '9.0.0' }, messages, null));
    world.published.clear();
    await world.syncDevice(0);
    world.deliverAll(1);
    const report = await world.syncDevice(1);
    expect(report.appliedSegments).toBe(0);
    expect(report.waiting[0]?.reason).toMatch(/newer Sampark \(9\.0\.0\).*update Sampark/);
    expect(Object.keys(world.snapshot(world.devices[1]!))).toEqual([]);
  });
});
