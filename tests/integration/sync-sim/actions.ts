// Random action sequences for the sync simulator, and the properties every run must keep.
import fc from 'fast-check';
import { COLUMNS, World } from './simulator';

export type Action =
  | { kind: 'create'; device: number; name: string }
  | { kind: 'edit'; device: number; row: number; column: (typeof COLUMNS)[number]; value: string }
  | { kind: 'archive'; device: number; row: number; archived: boolean }
  | { kind: 'sync'; device: number }
  | { kind: 'compact'; device: number }
  | { kind: 'deliver'; file: number; device: number; mode: 'whole' | 'truncated' | 'conflicted-copy'; cut: number }
  | { kind: 'empty-folder'; device: number }
  | { kind: 'wait'; ms: number };

export function actionArb(devices: number): fc.Arbitrary<Action> {
  const device = fc.integer({ min: 0, max: devices - 1 });
  const text = fc.constantFrom('Asha', 'प्रिया', 'கார்த்திக்', 'Ravi', 'Meena', 'Zoya', '');
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), device, name: fc.constantFrom('Ganesh Traders', 'लक्ष्मी स्टोर्स', 'முருகன் ஸ்டோர்ஸ்') }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, row: fc.nat(20), column: fc.constantFrom(...COLUMNS), value: text }) },
    fc.record({ kind: fc.constant('archive' as const), device, row: fc.nat(20), archived: fc.boolean() }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
    fc.record({ kind: fc.constant('compact' as const), device }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), file: fc.nat(200), device, mode: fc.constantFrom('whole' as const, 'whole' as const, 'truncated' as const, 'conflicted-copy' as const), cut: fc.constantFrom(0.3, 0.7, 0.95) }) },
    fc.record({ kind: fc.constant('empty-folder' as const), device }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 120_000 }) }),
  );
}

/** Runs the actions, then lets every file reach everyone; returns what went wrong (empty when all holds). */
export async function runScenario(world: World, actions: Action[]): Promise<string[]> {
  const problems: string[] = [];
  for (const action of actions) {
    switch (action.kind) {
      case 'create': world.create(action.device, action.name); break;
      case 'edit': world.edit(action.device, action.row, action.column, action.value); break;
      case 'archive': world.archive(action.device, action.row, action.archived); break;
      case 'sync': await world.syncDevice(action.device); break;
      case 'compact': await world.syncDevice(action.device, true, true); break;
      case 'deliver': world.deliver(action.file, action.device, action.mode, action.cut); break;
      case 'wait': world.advance(action.ms); break;
      case 'empty-folder': {
        const { before, after } = await world.syncWithEmptiedFolder(action.device);
        if (JSON.stringify(before) !== JSON.stringify(after)) problems.push(`device ${action.device} changed data while its folder was empty`);
        break;
      }
    }
    world.advance(1);
  }
  // Quiescence: everyone writes out, every file reaches everyone whole, everyone applies.
  for (let round = 0; round < 3; round++) {
    for (const d of world.devices) await world.syncDevice(d.index);
    for (const d of world.devices) world.deliverAll(d.index);
  }
  for (const d of world.devices) await world.syncDevice(d.index);

  const reference = JSON.stringify(world.snapshot(world.devices[0]!));
  for (const d of world.devices) {
    if (JSON.stringify(world.snapshot(d)) !== reference) problems.push(`device ${d.index} did not converge with device 0`);
    const wrong = world.oracleMismatches(d);
    if (wrong.length) problems.push(`device ${d.index} differs from the newest write: ${wrong.slice(0, 3).join('; ')}`);
    if (d.causalityViolations.length) problems.push(`device ${d.index}: an edit made after seeing a value lost to it: ${d.causalityViolations[0]}`);
  }
  // Re-ingesting everything changes nothing.
  const last = world.devices.at(-1)!;
  const before = JSON.stringify(world.snapshot(last));
  last.sqlite.exec('UPDATE sync_devices SET applied_seq = 0');
  await world.syncDevice(last.index);
  if (JSON.stringify(world.snapshot(last)) !== before) problems.push('re-ingesting the folder changed data');
  return problems;
}
