import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A complaint, question or problem raised by a customer (a contact, a company, or both). The
 * response target runs from `opened_at_ms` until `first_response_at_ms`; the target itself comes
 * from `case_targets` by priority, so changing a target re-dates every open case at once.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    contactId: text('contact_id'),
    companyId: text('company_id'),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    /** complaint, question or problem. */
    kind: text('kind').notNull(),
    /** low, normal, high or urgent. */
    priority: text('priority').notNull(),
    /** open, waiting (on the customer), resolved or closed. */
    status: text('status').notNull(),
    owner: text('owner').notNull().default(''),
    openedAtMs: integer('opened_at_ms').notNull(),
    firstResponseAtMs: integer('first_response_at_ms'),
    resolvedAtMs: integer('resolved_at_ms'),
    /** 1–5, asked at resolution; cleared when the case is reopened. */
    satisfaction: integer('satisfaction'),
    resolutionNote: text('resolution_note').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    // The overdue question: cases still waiting for a first response, by priority and age.
    index('cases_awaiting_response')
      .on(t.priority, t.openedAtMs)
      .where(sql`deleted_at_ms IS NULL AND first_response_at_ms IS NULL AND status IN ('open', 'waiting')`),
    index('cases_contact').on(t.contactId).where(sql`deleted_at_ms IS NULL`),
    index('cases_company').on(t.companyId).where(sql`deleted_at_ms IS NULL`),
    index('cases_opened').on(t.openedAtMs).where(sql`deleted_at_ms IS NULL`),
  ],
);

/**
 * What happened to a case, in order: append-only rows (two machines adding events never conflict).
 * `by_name`/`by_device` say who did it: the sync user or machine name, and the machine's id.
 */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    atMs: integer('at_ms').notNull(),
    /** opened, responded, status, note, resolved or reopened. */
    kind: text('kind').notNull(),
    text: text('text').notNull().default(''),
    /** The new status of a `status` event; the rating of a `resolved` one. */
    status: text('status'),
    satisfaction: integer('satisfaction'),
    byName: text('by_name').notNull().default(''),
    byDevice: text('by_device').notNull().default(''),
  },
  (t) => [index('case_events_case').on(t.caseId, t.atMs)],
);

/**
 * The response target per priority, shared by every machine. One row per priority with a fixed id
 * (`case-target-<priority>`), so two machines editing the same target converge on one row.
 */
export const caseTargets = sqliteTable('case_targets', {
  id: text('id').primaryKey(),
  priority: text('priority').notNull(),
  responseMinutes: integer('response_minutes').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});
