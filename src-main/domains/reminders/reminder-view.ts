// Turns stored rows into what the contract returns, and works out the due key and lateness.
import type { Due, Reminder, ReminderCompletion } from '../../../src-shared/contract/reminders';
import type { CompletionRow, ReminderRow } from './reminders.repo';
import { daysBetween, localDate, startOfDay } from './zoned-time';

export function dueOfRow(row: Pick<ReminderRow, 'dueDate' | 'dueAtMs' | 'timeZone'>): Due {
  return row.dueAtMs !== null ? { kind: 'time', atMs: row.dueAtMs, timeZone: row.timeZone } : { kind: 'date', date: row.dueDate! };
}

export function seriesStartOfRow(row: ReminderRow): Due {
  if (row.seriesAtMs !== null) return { kind: 'time', atMs: row.seriesAtMs, timeZone: row.timeZone };
  if (row.seriesDate !== null) return { kind: 'date', date: row.seriesDate };
  return dueOfRow(row);
}

/** The moment a reminder is due on this machine: the snooze, the time, or the local start of its day. */
export function dueKeyOf(due: Due, snoozedUntilMs: number | null, timeZone: string): number {
  if (snoozedUntilMs !== null) return snoozedUntilMs;
  return due.kind === 'time' ? due.atMs : startOfDay(due.date, timeZone);
}

/**
 * How late a reminder is at `now` (0 if not late). A timed (or snoozed) one is late from its
 * moment; an all-day one from the end of its day, counted in whole days.
 */
export function overdueMsOf(row: Pick<ReminderRow, 'dueDate' | 'dueAtMs' | 'snoozedUntilMs' | 'dueKeyMs' | 'completedAtMs'>, now: Now): number {
  if (row.completedAtMs !== null) return 0;
  if (row.snoozedUntilMs !== null || row.dueAtMs !== null) return Math.max(0, now.ms - row.dueKeyMs);
  if (row.dueDate! >= now.today) return 0;
  return daysBetween(row.dueDate!, now.today) * DAY_MS;
}

const DAY_MS = 86_400_000;

/** The moment a list is read, with the local date worked out once for all its rows. */
export interface Now {
  ms: number;
  today: string;
}

export function nowIn(ms: number, timeZone: string): Now {
  return { ms, today: localDate(ms, timeZone) };
}

export function toReminder(row: ReminderRow, now: Now): Reminder {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    priority: row.priority,
    contactId: row.contactId,
    contactName: row.contactName,
    companyId: row.companyId,
    companyName: row.companyName,
    due: dueOfRow(row),
    rrule: row.rrule,
    dueKeyMs: row.dueKeyMs,
    snoozedUntilMs: row.snoozedUntilMs,
    completedAtMs: row.completedAtMs,
    overdueMs: overdueMsOf(row, now),
    createdAtMs: row.createdAtMs,
    updatedAtMs: row.updatedAtMs,
  };
}

export function toCompletion(row: CompletionRow): ReminderCompletion {
  return {
    id: row.id,
    reminderId: row.reminderId,
    title: row.title,
    contactId: row.contactId,
    contactName: row.contactName,
    companyId: row.companyId,
    completedAtMs: row.completedAtMs,
  };
}
