// Reading reminders by when they are due: the list filters, Today's overdue and due-today
// sections, and the moments the scheduler wakes for. All through the open-reminders index.
import type { Due, Reminder, ReminderCompletion, ReminderFilter } from '../../../src-shared/contract/reminders';
import type { Sqlite } from '../../db/open-database';
import type { Clock } from './clock';
import { nowIn, seriesStartOfRow, toCompletion, toReminder, type Now } from './reminder-view';
import { createRemindersRepo, type CompletionRow, type ReminderRow } from './reminders.repo';
import { addDays, localDate, startOfDay } from './zoned-time';

export type RemindersQueries = ReturnType<typeof createRemindersQueries>;

export function createRemindersQueries(sqlite: Sqlite, clock: Clock) {
  const repo = createRemindersRepo(sqlite);
  /** Timed or snoozed reminders in a key range: late from their moment, unlike all-day ones. */
  const countTimedBetween = sqlite
    .prepare(
      `SELECT count(*) FROM reminders WHERE completed_at_ms IS NULL AND deleted_at_ms IS NULL AND due_key_ms >= ? AND due_key_ms < ?
       AND (due_at_ms IS NOT NULL OR snoozed_until_ms IS NOT NULL)`,
    )
    .pluck();

  function bounds() {
    const now = clock.now();
    const zone = clock.timeZone();
    const today = localDate(now, zone);
    return { now, zone, today, at: { ms: now, today } as Now, dayStart: startOfDay(today, zone), dayEnd: startOfDay(addDays(today, 1), zone) };
  }

  const views = (rows: unknown[], at: Now) => (rows as ReminderRow[]).map((row) => toReminder(row, at));

  /** Overdue and due-today reminders (limit each), with their totals. */
  function dueByToday(limit: number) {
    const { now, at, dayStart, dayEnd } = bounds();
    // Before today: all late. Today: timed (or snoozed) ones already past are late too.
    const earlier = views(repo.openBefore.all(dayStart, limit), at);
    const todays = views(repo.openBetweenKeys.all(dayStart, dayEnd, limit * 2), at);
    const overdue = [...earlier, ...todays.filter((r) => r.overdueMs > 0)];
    const dueToday = todays.filter((r) => r.overdueMs === 0);
    const overdueTotal = (repo.countOpenBefore.get(dayStart) as number) + (countTimedBetween.get(dayStart, now) as number);
    const dueTodayTotal = (repo.countOpenBefore.get(dayEnd) as number) - overdueTotal;
    return { overdue: overdue.slice(0, limit), dueToday: dueToday.slice(0, limit), overdueTotal, dueTodayTotal };
  }

  return {
    dueByToday,

    list(filter: ReminderFilter, limit: number, target: { contactId?: string; companyId?: string }): { items: Reminder[]; total: number } {
      const { at, dayEnd } = bounds();
      if (target.contactId || target.companyId) {
        const rows = target.contactId ? repo.openForContact.all(target.contactId, limit) : repo.openForCompany.all(target.companyId, limit);
        const items = views(rows, at);
        return { items, total: items.length };
      }
      switch (filter) {
        case 'open':
          return { items: views(repo.allOpen.all(limit), at), total: repo.countOpen.get() as number };
        case 'overdue': {
          const { overdue, overdueTotal } = dueByToday(limit);
          return { items: overdue, total: overdueTotal };
        }
        case 'today': {
          const { dueToday, dueTodayTotal } = dueByToday(limit);
          return { items: dueToday, total: dueTodayTotal };
        }
        case 'upcoming':
          return { items: views(repo.openFrom.all(dayEnd, limit), at), total: repo.countOpenFrom.get(dayEnd) as number };
        case 'done':
          return { items: views(repo.done.all(limit), at), total: repo.countDone.get() as number };
      }
    },

    /** Open reminders that came due in (fromMs, toMs]: the scheduler's notices. */
    dueBetween(fromMs: number, toMs: number, limit = 50): Reminder[] {
      return views(repo.openBetween.all(fromMs, toMs, limit), nowIn(clock.now(), clock.timeZone()));
    },

    /** The next moment an open reminder comes due after `ms`, if any. */
    nextDueAfter(ms: number): number | null {
      return (repo.nextOpenAfter.get(ms) as number | null) ?? null;
    },

    /** Reminders done since a moment, newest first. */
    completedSince(sinceMs: number, limit: number): ReminderCompletion[] {
      return (repo.recentCompletions.all(sinceMs, limit) as CompletionRow[]).map(toCompletion);
    },

    /** Every open reminder with its series start (calendar export). */
    forCalendar(): Array<Reminder & { seriesStart: Due }> {
      const { at } = bounds();
      return (repo.allLive.all() as ReminderRow[])
        .filter((row) => row.completedAtMs === null)
        .map((row) => ({ ...toReminder(row, at), seriesStart: seriesStartOfRow(row) }));
    },

    hasContacts(): boolean {
      return repo.hasContacts.get() !== undefined;
    },
  };
}
