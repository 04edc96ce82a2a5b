// Reminders (follow-ups), birthdays, the Today view and calendar export.
// Due moments: an all-day date 'YYYY-MM-DD', or epoch ms plus the IANA zone the time was set in.
import { z } from 'zod';
import { EpochMs, Id, LongText, ShortText } from './common';
import { method } from './method';

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsoDate = z.string().regex(ISO_DATE, 'Use a date like 2026-03-31');
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** When a reminder is due: a whole day, or a moment set in a time zone. */
export const Due = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: IsoDate }),
  z.object({ kind: z.literal('time'), atMs: EpochMs, timeZone: z.string().min(1).max(64) }),
]);
export type Due = z.infer<typeof Due>;

export const ReminderFields = z
  .object({
    title: ShortText.min(1, 'A reminder needs a title'),
    due: Due,
    notes: LongText.default(''),
    priority: Priority.default('normal'),
    contactId: Id.nullable().default(null),
    companyId: Id.nullable().default(null),
    /**
     * RRULE without DTSTART, RFC 5545 (e.g. 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10'); '' for
     * none. DAILY, WEEKLY, MONTHLY and YEARLY; the series starts at `due`.
     */
    rrule: z.string().trim().max(500).default(''),
  });
export type ReminderFieldsInput = z.input<typeof ReminderFields>;
export type ReminderFields = z.output<typeof ReminderFields>;

export const Reminder = z.object({
  id: Id,
  title: z.string(),
  notes: z.string(),
  priority: Priority,
  contactId: Id.nullable(),
  contactName: z.string().nullable(),
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  due: Due,
  rrule: z.string(),
  /** The moment it shows as due on this machine (snooze included; all-day dates at local midnight). */
  dueKeyMs: EpochMs,
  snoozedUntilMs: EpochMs.nullable(),
  completedAtMs: EpochMs.nullable(),
  /** How late it is now (0 when not yet due): overdue reminders roll forward and say so. */
  overdueMs: z.number().int(),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});
export type Reminder = z.infer<typeof Reminder>;

/** A reminder done (one occurrence of a recurring one): the timeline's "reminders done". */
export const ReminderCompletion = z.object({
  id: Id,
  reminderId: Id,
  title: z.string(),
  contactId: Id.nullable(),
  contactName: z.string().nullable(),
  companyId: Id.nullable(),
  completedAtMs: EpochMs,
});
export type ReminderCompletion = z.infer<typeof ReminderCompletion>;

export const Snooze = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hour') }),
  /** Tomorrow at 9:00 in the user's zone. */
  z.object({ kind: z.literal('tomorrow') }),
  /** Next Monday at 9:00. */
  z.object({ kind: z.literal('nextWeek') }),
  z.object({ kind: z.literal('until'), atMs: EpochMs }),
]);
export type Snooze = z.infer<typeof Snooze>;

export const ReminderFilter = z.enum(['open', 'overdue', 'today', 'upcoming', 'done']);
export type ReminderFilter = z.infer<typeof ReminderFilter>;

export const Birthday = z.object({
  contactId: Id,
  contactName: z.string(),
  /** As stored: 'YYYY-MM-DD', or '--MM-DD' without a year. */
  birthday: z.string(),
  /** The coming birthday's date. */
  nextDate: IsoDate,
  daysUntil: z.number().int(),
  /** The age reached on that day, when the year is known. */
  turningAge: z.number().int().nullable(),
  /** In the contact's preferred language where Sampark has one (en, hi, ta). */
  greeting: z.string(),
  greetingLanguage: z.string(),
});
export type Birthday = z.infer<typeof Birthday>;

export const ReminderSettings = z.object({
  /** Days before a birthday to remind (0 = on the day). */
  birthdayDaysBefore: z.array(z.number().int().min(0).max(60)).max(5),
  /** Folder where sampark.ics is kept up to date; null when off. */
  calendarFolder: z.string().max(1000).nullable(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

const Target = z.union([z.object({ contactId: Id }), z.object({ companyId: Id })]);

export const reminders = {
  /** Open reminders by filter, soonest first; with a contact or company: that one's open reminders. */
  list: method(
    z.object({
      filter: ReminderFilter.default('open'),
      contactId: Id.optional(),
      companyId: Id.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.object({ items: z.array(Reminder), total: z.number().int() }),
  ),
  get: method(z.object({ id: Id }), Reminder),
  create: method(ReminderFields, Reminder),
  update: method(z.object({ id: Id, fields: ReminderFields }), Reminder),
  /** Soft delete; `restore` undoes it. */
  delete: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
  restore: method(z.object({ id: Id }), Reminder),
  /** Done: a recurring one moves on to its next occurrence (or ends). Undo with undoComplete. */
  complete: method(z.object({ id: Id }), z.object({ reminder: Reminder, completionId: Id, isSeriesOver: z.boolean() })),
  undoComplete: method(z.object({ completionId: Id }), Reminder),
  snooze: method(z.object({ id: Id, snooze: Snooze }), Reminder),
  /** Reminders done for a contact or company, newest first (a timeline source). */
  completedFor: method(
    Target.and(z.object({ beforeMs: EpochMs.optional(), limit: z.number().int().min(1).max(500).default(50) })),
    z.object({ items: z.array(ReminderCompletion) }),
  ),
  /** The next occurrences of an RRULE from a start (a preview while editing; bounded). */
  preview: method(
    z.object({ due: Due, rrule: z.string().max(500), count: z.number().int().min(1).max(20).default(5) }),
    z.object({ dues: z.array(Due), isEndless: z.boolean() }),
  ),
  birthdays: method(z.object({ days: z.number().int().min(1).max(366).default(7) }), z.object({ items: z.array(Birthday) })),
  getSettings: method(z.object({}), ReminderSettings),
  updateSettings: method(ReminderSettings.partial(), ReminderSettings),
};

export const TodaySnapshot = z.object({
  /** The user's local date this was computed for. */
  date: IsoDate,
  overdue: z.array(Reminder),
  dueToday: z.array(Reminder),
  /** Counts beyond the lists' limits. */
  overdueTotal: z.number().int(),
  dueTodayTotal: z.number().int(),
  /** The coming week's birthdays, soonest first (at most the limit), and how many there are. */
  birthdays: z.array(Birthday),
  birthdaysTotal: z.number().int(),
  /** Reminders completed recently (the last 7 days). */
  recent: z.array(ReminderCompletion),
  /** Whether the Rolodex has any contact at all (a first run shows how to start). */
  hasContacts: z.boolean(),
});
export type TodaySnapshot = z.infer<typeof TodaySnapshot>;

export const today = {
  get: method(z.object({ limit: z.number().int().min(1).max(500).default(100) }), TodaySnapshot),
};

export const CALENDAR_KINDS = ['reminders', 'birthdays'] as const;
export const CalendarKind = z.enum(CALENDAR_KINDS);

export const calendar = {
  /** The .ics text: reminders as events with an alarm, recurring ones with RRULE, birthdays yearly. */
  export: method(
    z.object({
      fromDate: IsoDate.optional(),
      toDate: IsoDate.optional(),
      kinds: z.array(CalendarKind).min(1).default([...CALENDAR_KINDS]),
    }),
    z.object({ fileName: z.string(), mediaType: z.string(), content: z.string(), events: z.number().int() }),
  ),
  /** Rewrites the live calendar file now (it is rewritten after every reminder change anyway). */
  writeLive: method(z.object({}), z.object({ file: z.string().nullable(), events: z.number().int(), writtenAtMs: EpochMs.nullable() })),
};
