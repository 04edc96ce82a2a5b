// Deals, their contacts and their stage history converge between two machines, each move
// attributed to the machine and user who made it; the default pipeline stays one pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { DealDetail, DealsForRecord } from '../../src-shared/contract/deals';
import type { Pipeline } from '../../src-shared/contract/pipelines';
import { DEFAULT_STAGES } from '../../src-main/domains/deals';
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

const stage = (name: string) => DEFAULT_STAGES.find((s) => s.name === name)!.id;

async function twoMachines() {
  const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const [shop, home] = [await tempCore(), await tempCore()];
  cleanups.push(shop.cleanup, home.cleanup);
  return { folder, shop, home };
}

it('converges deals, contacts on deals and stage history, and says who moved a deal', async () => {
  const { folder, shop, home } = await twoMachines();
  await call(shop, 'sync.configure', { folder, deviceName: 'Shop PC', userName: 'Asha' });
  await call(home, 'sync.configure', { folder, deviceName: 'Home laptop', userName: 'Ravi' });
  const { id: contactId } = await call<{ id: string }>(shop, 'contacts.create', { givenName: 'Meena' });
  const deal = await call<DealDetail>(shop, 'deals.create', { title: 'Solar panels', valueMinor: 4_50_000_00, contactIds: [contactId] });
  await call(shop, 'deals.move', { id: deal.id, stageId: stage('Qualified') });
  await call(shop, 'sync.now');
  await call(home, 'sync.now');

  await call(home, 'deals.move', { id: deal.id, stageId: stage('Lost'), reason: 'Budget cut' });
  await call(home, 'sync.now');
  await call(shop, 'sync.now');

  const [onShop, onHome] = [await call<DealDetail>(shop, 'deals.get', { id: deal.id }), await call<DealDetail>(home, 'deals.get', { id: deal.id })];
  const comparable = ({ history, ...d }: DealDetail) => ({ ...d, history: history.map(({ by: { isThisMachine: _mine, ...by }, ...h }) => ({ ...h, by })) });
  expect(comparable(onHome)).toEqual(comparable(onShop));
  expect(onShop).toMatchObject({ stageName: 'Lost', status: 'lost', closeReason: 'Budget cut', contacts: [{ id: contactId, displayName: 'Meena' }] });

  const timeline = await call<DealsForRecord>(shop, 'deals.forContact', { contactId });
  expect(timeline.moves.map((m) => `${m.toStageName} by ${m.by.userName} on ${m.by.deviceName}${m.by.isThisMachine ? ' (here)' : ''}`)).toEqual([
    'Lost by Ravi on Home laptop',
    'Qualified by Asha on Shop PC (here)',
    'New by Asha on Shop PC (here)',
  ]);
});

it('keeps one default pipeline, and an edit of it made before the other machine joined survives', async () => {
  const { folder, shop, home } = await twoMachines();
  await call(shop, 'pipelines.updateStage', { id: stage('Proposal'), name: 'Quote sent', probability: 40 });
  await call(shop, 'sync.configure', { folder, deviceName: 'Shop PC' });
  // The other machine's own default pipeline was created at its first start, after the edit above.
  await call(home, 'sync.configure', { folder, deviceName: 'Home laptop' });
  await call(home, 'sync.now');
  await call(shop, 'sync.now');
  for (const core of [shop, home]) {
    const { items } = await call<{ items: Pipeline[] }>(core, 'pipelines.list');
    expect(items).toHaveLength(1);
    expect(items[0]!.stages.map((s) => `${s.name} ${s.probability}`)).toEqual(['New 10', 'Qualified 25', 'Quote sent 40', 'Negotiation 75', 'Won 100', 'Lost 0']);
  }
});
