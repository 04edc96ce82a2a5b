import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Every column has a default: a row that arrives from another machine with only some cells (the
// default pipeline, whose unedited cells were never stamped) can still be inserted.

/** A sales pipeline: an ordered list of stages a deal moves through. */
export const pipelines = sqliteTable('pipelines', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull().default(0),
  updatedAtMs: integer('updated_at_ms').notNull().default(0),
  deletedAtMs: integer('deleted_at_ms'),
});

export const stages = sqliteTable(
  'stages',
  {
    id: text('id').primaryKey(),
    pipelineId: text('pipeline_id').notNull().default(''),
    name: text('name').notNull().default(''),
    sortOrder: real('sort_order').notNull().default(0),
    /** Default win probability in percent (0–100) for deals in this stage. */
    probability: integer('probability').notNull().default(0),
    /** open, won or lost: moving a deal into a won or lost stage closes it. */
    kind: text('kind').notNull().default('open'),
    createdAtMs: integer('created_at_ms').notNull().default(0),
    updatedAtMs: integer('updated_at_ms').notNull().default(0),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [index('stages_pipeline').on(t.pipelineId, t.sortOrder).where(sql`deleted_at_ms IS NULL`)],
);

export const deals = sqliteTable(
  'deals',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull().default(''),
    pipelineId: text('pipeline_id').notNull().default(''),
    stageId: text('stage_id').notNull().default(''),
    /** open, won or lost: the kind of the stage the deal was last moved to. */
    status: text('status').notNull().default('open'),
    companyId: text('company_id'),
    valueMinor: integer('value_minor').notNull().default(0),
    currency: text('currency').notNull().default('INR'),
    /** YYYY-MM-DD, or null when nobody has guessed yet. */
    expectedCloseDate: text('expected_close_date'),
    /** Win probability in percent when someone overrode the stage's default; null follows the stage. */
    probability: integer('probability'),
    owner: text('owner').notNull().default(''),
    source: text('source').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Why the deal was won or lost (required for lost). */
    closeReason: text('close_reason').notNull().default(''),
    closedAtMs: integer('closed_at_ms'),
    createdAtMs: integer('created_at_ms').notNull().default(0),
    updatedAtMs: integer('updated_at_ms').notNull().default(0),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    // Covers the board's per-stage totals without reading the rows.
    index('deals_board').on(t.pipelineId, t.stageId, t.currency, t.valueMinor, t.probability).where(sql`deleted_at_ms IS NULL`),
    index('deals_stage_recent').on(t.stageId, t.updatedAtMs).where(sql`deleted_at_ms IS NULL`),
    // Cover the forecast's two reads: open deals by expected close date, closed deals by close time.
    index('deals_forecast_open')
      .on(t.status, t.expectedCloseDate, t.pipelineId, t.stageId, t.currency, t.valueMinor, t.probability)
      .where(sql`deleted_at_ms IS NULL`),
    index('deals_forecast_closed')
      .on(t.closedAtMs, t.status, t.pipelineId, t.currency, t.valueMinor, t.createdAtMs)
      .where(sql`deleted_at_ms IS NULL AND closed_at_ms IS NOT NULL`),
    index('deals_company').on(t.companyId).where(sql`deleted_at_ms IS NULL`),
  ],
);

/** The contacts on a deal; the id is deterministic from deal and contact, so adding one twice is one row. */
export const dealContacts = sqliteTable(
  'deal_contacts',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id').notNull().default(''),
    contactId: text('contact_id').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull().default(0),
    updatedAtMs: integer('updated_at_ms').notNull().default(0),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('deal_contacts_deal').on(t.dealId).where(sql`deleted_at_ms IS NULL`),
    index('deal_contacts_contact').on(t.contactId).where(sql`deleted_at_ms IS NULL`),
  ],
);

/** Append-only: one row per stage move, with the machine and user who made it. */
export const dealStageHistory = sqliteTable(
  'deal_stage_history',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id').notNull().default(''),
    /** Null for the stage a deal was created in. */
    fromStageId: text('from_stage_id'),
    toStageId: text('to_stage_id').notNull().default(''),
    atMs: integer('at_ms').notNull().default(0),
    byDeviceId: text('by_device_id').notNull().default(''),
    byUserName: text('by_user_name').notNull().default(''),
  },
  (t) => [index('deal_stage_history_deal').on(t.dealId, t.atMs)],
);
