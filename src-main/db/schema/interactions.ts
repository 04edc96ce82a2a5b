import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One logged call, meeting, email … Appended by whoever logged it; edits and deletes are synced cells. */
export const interactions = sqliteTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    /** interaction_kinds.id (a default such as 'kind-call', or a user kind's UUID). */
    kindId: text('kind_id').notNull(),
    /** 'inbound' or 'outbound'. */
    direction: text('direction').notNull().default('outbound'),
    occurredAtMs: integer('occurred_at_ms').notNull(),
    durationMinutes: integer('duration_minutes'),
    companyId: text('company_id'),
    subject: text('subject').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** interaction_outcomes.id, or null when no result was recorded. */
    outcomeId: text('outcome_id'),
    /** 1–5, or null. */
    satisfaction: integer('satisfaction'),
    /** Message-ID of an imported .eml, so dropping the same file twice logs it once. */
    messageId: text('message_id').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('interactions_company_time').on(t.companyId, t.occurredAtMs, t.id).where(sql`deleted_at_ms IS NULL AND company_id IS NOT NULL`),
    index('interactions_message_id').on(t.messageId).where(sql`message_id <> ''`),
  ],
);

/** Who took part: one row per contact of an interaction. Id derived from both ids, so re-adding converges. */
export const interactionContacts = sqliteTable(
  'interaction_contacts',
  {
    id: text('id').primaryKey(),
    interactionId: text('interaction_id').notNull(),
    contactId: text('contact_id').notNull(),
    /** Local copy of the interaction's time: a contact's timeline pages on one index. */
    occurredAtMs: integer('occurred_at_ms').notNull().default(0),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('interaction_contacts_timeline').on(t.contactId, t.occurredAtMs, t.interactionId).where(sql`deleted_at_ms IS NULL`),
    index('interaction_contacts_interaction').on(t.interactionId),
  ],
);

/** The editable list of kinds (call, meeting …). Defaults have a code and deterministic ids. */
export const interactionKinds = sqliteTable('interaction_kinds', {
  id: text('id').primaryKey(),
  /** What the user named it; '' for an untouched default (shown translated from its code). */
  name: text('name').notNull().default(''),
  code: text('code').notNull().default(''),
  /** Counts for "last meeting". */
  isMeeting: integer('is_meeting', { mode: 'boolean' }).notNull().default(false),
  /** Counts for "last contacted" (a note does not). */
  countsAsContact: integer('counts_as_contact', { mode: 'boolean' }).notNull().default(true),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
});

/** The editable result codes (reached, no answer …). */
export const interactionOutcomes = sqliteTable('interaction_outcomes', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  code: text('code').notNull().default(''),
  /** An attempt that did not reach the person: counts for "last attempt", not "last contacted". */
  isAttempt: integer('is_attempt', { mode: 'boolean' }).notNull().default(false),
  sortOrder: real('sort_order').notNull().default(0),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
  deletedAtMs: integer('deleted_at_ms'),
});

/**
 * Stay-in-touch cadence and contact-fatigue limit for one contact or one tag. The id is derived
 * from the target, so two machines setting a rule for the same tag edit one row. Null = not set.
 */
export const interactionRules = sqliteTable('interaction_rules', {
  id: text('id').primaryKey(),
  /** 'contact' or 'tag'. */
  targetType: text('target_type').notNull(),
  targetId: text('target_id').notNull(),
  stayInTouchDays: integer('stay_in_touch_days'),
  fatigueMax: integer('fatigue_max'),
  fatigueDays: integer('fatigue_days'),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});

/**
 * Local, rebuildable: derived per contact from its live interactions, recomputed in the same
 * transaction as every interaction write and after every sync. Never synced.
 */
export const contactInteractionStats = sqliteTable(
  'contact_interaction_stats',
  {
    contactId: text('contact_id').primaryKey(),
    interactionCount: integer('interaction_count').notNull().default(0),
    /** Any interaction (stay-in-touch counts from here). */
    lastInteractionAtMs: integer('last_interaction_at_ms'),
    /** The person was reached (not a note, not an attempt). */
    lastContactedAtMs: integer('last_contacted_at_ms'),
    /** An attempt that did not reach them (no answer, left message). */
    lastAttemptAtMs: integer('last_attempt_at_ms'),
    lastMeetingAtMs: integer('last_meeting_at_ms'),
  },
  (t) => [
    index('contact_interaction_stats_last_interaction').on(t.lastInteractionAtMs),
    index('contact_interaction_stats_last_contacted').on(t.lastContactedAtMs),
  ],
);
