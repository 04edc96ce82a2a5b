import { z } from 'zod';
import { EpochMs, Id, LongText, Ok, ShortText } from './common';
import { method } from './method';
import { Probability, StageKind } from './pipelines';
import { Attribution } from './interactions';

/** ISO 4217 code, upper case. */
export const Currency = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as INR');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31');
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03');
/** Money is integer minor units (paise, cents), never a float. */
export const AmountMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER / 100);

export const DealFields = z.object({
  title: ShortText.min(1, 'Give the deal a title'),
  companyId: Id.nullable().default(null),
  contactIds: z.array(Id).max(50).default([]),
  valueMinor: AmountMinor.default(0),
  currency: Currency.default('INR'),
  expectedCloseDate: IsoDate.nullable().default(null),
  /** Null follows the stage's default probability. */
  probability: Probability.nullable().default(null),
  owner: ShortText.default(''),
  source: ShortText.default(''),
  notes: LongText.default(''),
});
export type DealFields = z.infer<typeof DealFields>;

export const NewDeal = DealFields.extend({
  /** Default: the first stage of the pipeline (of the default pipeline when that is not given either). */
  pipelineId: Id.nullable().default(null),
  stageId: Id.nullable().default(null),
});

export const DealStatus = StageKind;

export const DealSummary = z.object({
  id: Id,
  title: z.string(),
  pipelineId: Id,
  stageId: Id,
  stageName: z.string(),
  status: DealStatus,
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  valueMinor: z.number().int(),
  currency: z.string(),
  expectedCloseDate: z.string().nullable(),
  /** What the deal counts at: its own probability, or its stage's. */
  effectiveProbability: Probability,
  isProbabilityOverridden: z.boolean(),
  owner: z.string(),
  closeReason: z.string(),
  closedAtMs: EpochMs.nullable(),
  updatedAtMs: EpochMs,
});
export type DealSummary = z.infer<typeof DealSummary>;

/** Who made a change: the machine and the user name set on it for sync. */

export const StageMove = z.object({
  id: Id,
  dealId: Id,
  fromStageName: z.string().nullable(),
  toStageName: z.string(),
  toKind: StageKind,
  atMs: EpochMs,
  by: Attribution,
});
export type StageMove = z.infer<typeof StageMove>;

export const DealDetail = DealSummary.extend({
  probability: Probability.nullable(),
  source: z.string(),
  notes: z.string(),
  contacts: z.array(z.object({ id: Id, displayName: z.string() })),
  history: z.array(StageMove),
  createdAtMs: EpochMs,
});
export type DealDetail = z.infer<typeof DealDetail>;

/** Per currency: the stage's total and its probability-weighted total, both in minor units. */
export const CurrencyTotal = z.object({ currency: z.string(), totalMinor: z.number().int(), weightedMinor: z.number().int(), count: z.number().int() });
export type CurrencyTotal = z.infer<typeof CurrencyTotal>;

export const DealFilter = z.object({
  pipelineId: Id.nullable().default(null),
  stageId: Id.nullable().default(null),
  owner: ShortText.nullable().default(null),
  /** Expected to close in this month. */
  closeMonth: IsoMonth.nullable().default(null),
  minValueMinor: AmountMinor.nullable().default(null),
  maxValueMinor: AmountMinor.nullable().default(null),
});
export type DealFilter = z.infer<typeof DealFilter>;

export const BoardColumn = z.object({
  stageId: Id,
  name: z.string(),
  kind: StageKind,
  probability: Probability,
  count: z.number().int(),
  totals: z.array(CurrencyTotal),
  /** The most recently changed deals of the stage, at most `perStage`. */
  deals: z.array(DealSummary),
});
export type BoardColumn = z.infer<typeof BoardColumn>;

export const ForecastMonth = z.object({ month: z.string(), currency: z.string(), openMinor: z.number().int(), weightedMinor: z.number().int(), wonMinor: z.number().int() });
export const Forecast = z.object({
  fromMonth: z.string(),
  toMonth: z.string(),
  /** Open deals by expected close month (weighted), and deals won in that month. */
  months: z.array(ForecastMonth),
  won: z.number().int(),
  lost: z.number().int(),
  /** Won ÷ (won + lost) of deals closed in the period; null when none closed. */
  winRate: z.number().nullable(),
  /** Per currency, over deals won in the period. */
  averageWon: z.array(z.object({ currency: z.string(), averageMinor: z.number().int(), count: z.number().int() })),
  averageDaysToClose: z.number().nullable(),
});
export type Forecast = z.infer<typeof Forecast>;

export const DealsForRecord = z.object({ deals: z.array(DealSummary), moves: z.array(StageMove.extend({ dealTitle: z.string() })) });
export type DealsForRecord = z.infer<typeof DealsForRecord>;

export const deals = {
  list: method(
    DealFilter.extend({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }),
    z.object({ items: z.array(DealSummary), total: z.number().int() }),
  ),
  /** One pipeline as columns: counts, totals and weighted totals per currency, and each stage's deals. */
  board: method(
    DealFilter.omit({ pipelineId: true, stageId: true }).extend({ pipelineId: Id.nullable().default(null), perStage: z.number().int().min(1).max(500).default(100) }),
    z.object({ pipelineId: Id, pipelineName: z.string(), columns: z.array(BoardColumn) }),
  ),
  get: method(z.object({ id: Id }), DealDetail),
  create: method(NewDeal, DealDetail),
  update: method(z.object({ id: Id, fields: DealFields }), DealDetail),
  /** Moves to a stage and records it in the history. A lost stage needs a reason. */
  move: method(z.object({ id: Id, stageId: Id, reason: ShortText.default('') }), DealDetail),
  /** Soft delete; `restore` is the Undo. */
  delete: method(z.object({ id: Id }), Ok),
  restore: method(z.object({ id: Id }), Ok),
  forecast: method(z.object({ pipelineId: Id.nullable().default(null), fromMonth: IsoMonth, toMonth: IsoMonth }), Forecast),
  /** A contact's or company's deals and their stage moves with who made them (for the timeline). */
  forContact: method(
    z.object({ contactId: Id.optional(), companyId: Id.optional() }).refine((i) => (i.contactId ? 1 : 0) + (i.companyId ? 1 : 0) === 1, 'Give a contactId or a companyId'),
    DealsForRecord,
  ),
};
