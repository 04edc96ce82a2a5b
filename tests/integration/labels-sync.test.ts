// A label sheet measured on one machine prints the same on the other: custom sheets sync; printer
// offsets (this machine's printer) do not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { LabelSheet, PrinterOffset } from '../../src-shared/contract/labels';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}

it('syncs saved label sheets, their edits and deletes, but not printer offsets', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const [shop, home] = [await tempCore(), await tempCore()];
  cleanups.push(shop.cleanup, home.cleanup);
  for (const [core, name] of [[shop, 'shop'], [home, 'home']] as const) await call(core, 'sync.configure', { folder, deviceName: name });
  const custom = (core: Core) => call<{ items: LabelSheet[] }>(core, 'labels.sheets').then((r) => r.items.filter((s) => s.isCustom));

  const geometry = { name: 'Shop stock', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 70, labelHeightMm: 36, leftMm: 0, topMm: 4.5, hPitchMm: 70, vPitchMm: 36, columns: 3, rows: 8 };
  const saved = await call<LabelSheet>(shop, 'labels.saveSheet', { sheet: geometry });
  await call(shop, 'labels.setPrinterOffset', { printer: 'Counter printer', xMm: 1.5, yMm: 0 });
  await call(shop, 'sync.now');
  await call(home, 'sync.now');
  expect(await custom(home)).toEqual([saved]);
  expect((await call<{ items: PrinterOffset[] }>(home, 'labels.printerOffsets')).items).toEqual([]);

  await call(home, 'labels.saveSheet', { id: saved.id, sheet: { ...geometry, name: 'Shop stock (new box)', topMm: 5 } });
  await call(home, 'sync.now');
  await call(shop, 'sync.now');
  expect(await custom(shop)).toMatchObject([{ id: saved.id, name: 'Shop stock (new box)', topMm: 5 }]);

  await call(shop, 'labels.deleteSheet', { id: saved.id });
  await call(shop, 'sync.now');
  await call(home, 'sync.now');
  expect(await custom(home)).toEqual([]);
});

it('refuses a sheet whose labels do not fit the page', async () => {
  const core = await tempCore();
  cleanups.push(core.cleanup);
  const response = await core.dispatch({
    id: 1,
    method: 'labels.saveSheet',
    input: { sheet: { name: 'Too wide', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 80, labelHeightMm: 30, leftMm: 5, topMm: 5, hPitchMm: 80, vPitchMm: 30, columns: 3, rows: 9 } },
  });
  expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('do not fit across') } });
});
