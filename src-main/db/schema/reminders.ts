import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Reminders (follow-ups): synced. A due moment is either an all-day date (`due_date`, floating: it
 * is "that day" wherever the user is) or a timed instant (`due_at_ms`) with the IANA zone it was set
 * in, so a recurring one keeps its wall-clock time across DST. Recurring ones keep their series
 * start (`series_date` / `series_at_ms`) and an RRULE; completing one moves the due fields on.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    /** 'low', 'normal' or 'high'. */
    priority: text('priority').notNull().default('normal'),
    contactId: text('contact_id'),
    companyId: text('company_id'),
    /** 'YYYY-MM-DD' for an all-day reminder; null when timed. */
    dueDate: text('due_date'),
    /** Epoch ms for a timed reminder; null when all-day. */
    dueAtMs: integer('due_at_ms'),
    /** IANA zone the time was set in ('' for all-day). */
    timeZone: text('time_zone').notNull().default(''),
    /** RRULE without DTSTART (e.g. 'FREQ=WEEKLY;BYDAY=MO'); '' when it does not repeat. */
    rrule: text('rrule').notNull().default(''),
    /** The first occurrence of a recurring series (DTSTART): same form as the due fields. */
    seriesDate: text('series_date'),
    seriesAtMs: integer('series_at_ms'),
    /** Shown and notified again at this moment instead of the due one. */
    snoozedUntilMs: integer('snoozed_until_ms'),
    completedAtMs: integer('completed_at_ms'),
    /**
     * Local (each machine derives it): the moment it is due here, snooze included, with all-day
     * dates at local midnight. Orders Today and the scheduler through one index.
     */
    dueKeyMs: integer('due_key_ms').notNull().default(0),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('reminders_open_due').on(t.dueKeyMs, t.id).where(sql`completed_at_ms IS NULL AND deleted_at_ms IS NULL`),
    index('reminders_contact').on(t.contactId).where(sql`deleted_at_ms IS NULL`),
    index('reminders_company').on(t.companyId).where(sql`deleted_at_ms IS NULL`),
  ],
);

/** One row per reminder done (each occurrence of a recurring one): the timeline's "reminders done". Synced. */
export const reminderCompletions = sqliteTable(
  'reminder_completions',
  {
    id: text('id').primaryKey(),
    reminderId: text('reminder_id').notNull(),
    title: text('title').notNull(),
    contactId: text('contact_id'),
    companyId: text('company_id'),
    /** The occurrence that was done, as it was due: a date or epoch ms. */
    occurrenceDate: text('occurrence_date'),
    occurrenceAtMs: integer('occurrence_at_ms'),
    completedAtMs: integer('completed_at_ms').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    /** Tombstone: set when the completion is undone. */
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('reminder_completions_recent').on(t.completedAtMs, t.id).where(sql`deleted_at_ms IS NULL`),
    index('reminder_completions_contact').on(t.contactId, t.completedAtMs).where(sql`deleted_at_ms IS NULL`),
    index('reminder_completions_company').on(t.companyId, t.completedAtMs).where(sql`deleted_at_ms IS NULL`),
  ],
);
