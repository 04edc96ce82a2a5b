import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { NewDeal } from '../../../src-shared/contract/deals';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createDealsService, createPipelinesService, DEFAULT_PIPELINE_ID, DEFAULT_STAGES, type DealsService, type PipelinesService } from '.';

let sqlite: Sqlite;
let deals: DealsService;
let pipelines: PipelinesService;
let contacts: ContactsService;
let clockMs = Date.UTC(2026, 2, 1);

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
  pipelines = createPipelinesService(sqlite, events, writer, () => clockMs);
  deals = createDealsService(sqlite, events, writer, pipelines, () => clockMs);
});

const stage = (name: string) => DEFAULT_STAGES.find((s) => s.name === name)!.id;
const deal = (fields: Partial<ReturnType<typeof NewDeal.parse>>) => deals.create(NewDeal.parse({ title: 'Deal', ...fields }));

describe('the default pipeline', () => {
  it('exists with its six stages and fixed ids after migrating', () => {
    const [sales] = pipelines.list().items;
    expect(sales?.id).toBe(DEFAULT_PIPELINE_ID);
    expect(sales?.stages.map((s) => `${s.name}:${s.probability}:${s.kind}`)).toEqual(['New:10:open', 'Qualified:25:open', 'Proposal:50:open', 'Negotiation:75:open', 'Won:100:won', 'Lost:0:lost']);
    expect(sales?.stages.map((s) => s.id)).toEqual(DEFAULT_STAGES.map((s) => s.id));
  });
});

describe('deals', () => {
  it('start in the first stage, follow its probability until overridden, and keep contacts', () => {
    const asha = contacts.create(ContactFields.parse({ givenName: 'Asha' })).id;
    const created = deal({ title: 'Solar panels', valueMinor: 1_250_050, contactIds: [asha, asha] });
    expect(created).toMatchObject({ stageName: 'New', status: 'open', effectiveProbability: 10, isProbabilityOverridden: false, probability: null });
    expect(created.contacts.map((c) => c.displayName)).toEqual(['Asha']);
    const overridden = deals.update(created.id, { ...NewDeal.parse({ title: 'Solar panels', valueMinor: 1_250_050 }), probability: 35 });
    expect(overridden).toMatchObject({ effectiveProbability: 35, isProbabilityOverridden: true, contacts: [] });
  });

  it('record each move with its stage names, close on won, and need a reason to be lost', () => {
    const { id } = deal({ valueMinor: 100_00 });
    clockMs += 86_400_000;
    deals.move(id, stage('Proposal'), '');
    expect(() => deals.move(id, stage('Lost'), '  ')).toThrow(/why the deal was lost/);
    clockMs += 86_400_000;
    const won = deals.move(id, stage('Won'), '');
    expect(won).toMatchObject({ status: 'won', closedAtMs: clockMs, effectiveProbability: 100 });
    expect(won.history.map((h) => `${h.fromStageName ?? '-'}>${h.toStageName}`)).toEqual(['->New', 'New>Proposal', 'Proposal>Won']);
    expect(won.history.every((h) => h.by.isThisMachine)).toBe(true);
    const reopened = deals.move(id, stage('Negotiation'), '');
    expect(reopened).toMatchObject({ status: 'open', closedAtMs: null, closeReason: '' });
    expect(deals.move(id, stage('Lost'), 'Price too high')).toMatchObject({ status: 'lost', closeReason: 'Price too high' });
  });

  it('delete hides a deal from the board and list, restore brings it back', () => {
    const { id } = deal({ valueMinor: 500 });
    deals.delete(id);
    expect(deals.list({ pipelineId: null, stageId: null, owner: null, closeMonth: null, minValueMinor: null, maxValueMinor: null }, 10, 0).total).toBe(0);
    expect(() => deals.get(id)).toThrow(/No deal/);
    deals.restore(id);
    expect(deals.get(id).id).toBe(id);
  });

  it('filter the list by owner, close month and value', () => {
    deal({ title: 'A', owner: 'Ravi', valueMinor: 1_000_00, expectedCloseDate: '2026-03-15' });
    deal({ title: 'B', owner: 'Ravi', valueMinor: 9_000_00, expectedCloseDate: '2026-04-01' });
    deal({ title: 'C', owner: 'Meena', valueMinor: 5_000_00, expectedCloseDate: '2026-03-31' });
    const titles = (f: object) =>
      deals.list({ pipelineId: null, stageId: null, owner: null, closeMonth: null, minValueMinor: null, maxValueMinor: null, ...f }, 10, 0).items.map((d) => d.title).sort();
    expect(titles({ owner: 'Ravi' })).toEqual(['A', 'B']);
    expect(titles({ closeMonth: '2026-03' })).toEqual(['A', 'C']);
    expect(titles({ minValueMinor: 2_000_00, maxValueMinor: 5_000_00 })).toEqual(['C']);
  });
});

describe('deals for the timeline', () => {
  it("lists a contact's deals, including those of a contact merged into it, and a company's", () => {
    const asha = contacts.create(ContactFields.parse({ givenName: 'Asha' })).id;
    const duplicate = contacts.create(ContactFields.parse({ givenName: 'Asha K' })).id;
    deal({ title: 'Mine', contactIds: [asha] });
    const theirs = deal({ title: 'Theirs', contactIds: [duplicate] });
    deals.move(theirs.id, stage('Qualified'), '');
    contacts.merge(asha, [duplicate]);
    const timeline = deals.forContact({ contactId: asha });
    expect(timeline.deals.map((d) => d.title).sort()).toEqual(['Mine', 'Theirs']);
    expect(timeline.moves.map((m) => `${m.dealTitle} ${m.fromStageName ?? '-'}>${m.toStageName}`).sort()).toEqual(['Mine ->New', 'Theirs ->New', 'Theirs New>Qualified']);
    expect(deals.forContact({ companyId: '0190f0f0-0000-7000-8000-000000000000' })).toEqual({ deals: [], moves: [] });
  });
});

describe('the board', () => {
  it('totals and weights each stage per currency, rounding once per stage', () => {
    // Three deals of ₹0.05 at 10 %: weighting deal by deal would round each 0.5 paise up to 3 paise.
    for (let i = 0; i < 3; i++) deal({ valueMinor: 5 });
    deal({ valueMinor: 1_000_00, currency: 'USD', probability: 40 });
    const { id } = deal({ valueMinor: 2_000_00 });
    deals.move(id, stage('Won'), '');
    const board = deals.board(null, { owner: null, closeMonth: null, minValueMinor: null, maxValueMinor: null }, 100);
    const column = (name: string) => board.columns.find((c) => c.name === name)!;
    expect(column('New').count).toBe(4);
    expect(column('New').totals).toEqual([
      { currency: 'USD', count: 1, totalMinor: 1_000_00, weightedMinor: 400_00 },
      { currency: 'INR', count: 3, totalMinor: 15, weightedMinor: 2 },
    ]);
    expect(column('Won').totals).toEqual([{ currency: 'INR', count: 1, totalMinor: 2_000_00, weightedMinor: 2_000_00 }]);
    expect(column('Qualified')).toMatchObject({ count: 0, totals: [], deals: [] });
  });
});

describe('pipelines', () => {
  it('add, reorder, edit and delete stages; a stage with deals cannot be deleted', () => {
    const p = pipelines.create({ name: 'Renewals' });
    expect(p.stages.map((s) => s.name)).toEqual(['New', 'Won', 'Lost']);
    const withTrial = pipelines.addStage({ pipelineId: p.id, name: 'Trial', probability: 40, kind: 'open', beforeStageId: p.stages[1]!.id });
    expect(withTrial.stages.map((s) => s.name)).toEqual(['New', 'Trial', 'Won', 'Lost']);
    const trial = withTrial.stages[1]!;
    expect(pipelines.moveStage(trial.id, p.stages[0]!.id).stages.map((s) => s.name)).toEqual(['Trial', 'New', 'Won', 'Lost']);
    expect(pipelines.updateStage({ id: trial.id, name: 'Pilot', probability: 45 }).stages[0]).toMatchObject({ name: 'Pilot', probability: 45 });
    const { id } = deal({ stageId: trial.id });
    expect(() => pipelines.deleteStage(trial.id)).toThrow(/still has 1 deals/);
    expect(() => pipelines.delete(p.id)).toThrow(/still has deals/);
    deals.delete(id);
    expect(pipelines.deleteStage(trial.id).stages.map((s) => s.name)).toEqual(['New', 'Won', 'Lost']);
  });
});

describe('the forecast through the database', () => {
  it('counts deals closed in the period and weights open ones by expected close month', () => {
    const start = Date.UTC(2026, 2, 1);
    clockMs = start;
    const a = deal({ valueMinor: 1_000_00, expectedCloseDate: '2026-03-20' });
    const b = deal({ valueMinor: 3_000_00, expectedCloseDate: '2026-03-25' });
    deal({ valueMinor: 500_00, expectedCloseDate: '2026-05-02' });
    clockMs = start + 10 * 86_400_000;
    deals.move(a.id, stage('Won'), '');
    deals.move(b.id, stage('Lost'), 'Went with a competitor');
    const c = deal({ valueMinor: 2_000_00, expectedCloseDate: '2026-04-10' });
    deals.move(c.id, stage('Proposal'), '');
    const forecast = deals.forecast(null, '2026-03', '2026-04');
    expect(forecast).toMatchObject({ won: 1, lost: 1, winRate: 0.5, averageDaysToClose: 10, averageWon: [{ currency: 'INR', count: 1, averageMinor: 1_000_00 }] });
    expect(forecast.months).toEqual([
      { month: '2026-03', currency: 'INR', openMinor: 0, weightedMinor: 0, wonMinor: 1_000_00 },
      { month: '2026-04', currency: 'INR', openMinor: 2_000_00, weightedMinor: 1_000_00, wonMinor: 0 },
    ]);
  });
});
