// The Today view's data in one call: overdue and due-today reminders, the coming week's birthdays
// and what was done recently. Sections owned by other domains (stay in touch, …) load their own
// data in the UI; see src-renderer/features/today/README.md.
import type { TodaySnapshot } from '../../../src-shared/contract/reminders';
import { localDate, type Birthdays, type Clock, type RemindersQueries } from '../reminders';

const BIRTHDAY_DAYS = 7;
const RECENT_MS = 7 * 86_400_000;
const RECENT_LIMIT = 20;

export type TodayService = ReturnType<typeof createTodayService>;

export function createTodayService(queries: RemindersQueries, birthdays: Birthdays, clock: Clock) {
  return {
    get(limit: number): TodaySnapshot {
      const now = clock.now();
      const week = birthdays.upcoming(BIRTHDAY_DAYS);
      return {
        date: localDate(now, clock.timeZone()),
        ...queries.dueByToday(limit),
        birthdays: week.slice(0, limit),
        birthdaysTotal: week.length,
        recent: queries.completedSince(now - RECENT_MS, RECENT_LIMIT),
        hasContacts: queries.hasContacts(),
      };
    },
  };
}
