// Completed reminders on the timeline ("Reminder done: call about the order"), beside interactions.
// Registered with the interactions domain's timeline in boot.
import type { TimelineItem } from '../../../src-shared/contract/interactions';
import type { SourceBound, TimelineSource } from '../interactions';
import type { RemindersService } from './reminders.service';

/** The timeline kind of a completed reminder; the timeline's kind filter can name it. */
export const REMINDER_DONE = 'reminder-done';

const isBelow = (bound: SourceBound, atMs: number, id: string) =>
  bound === null || atMs < bound.atMs || (atMs === bound.atMs && id < bound.id);

export function remindersTimelineSource(service: RemindersService, loggedBy: (ids: string[]) => Map<string, TimelineItem['loggedBy']>): TimelineSource {
  return {
    name: 'reminders',
    page(scope, bound, limit, kinds) {
      if (kinds.length > 0 && !kinds.includes(REMINDER_DONE)) return [];
      const target = scope.contactId !== undefined ? { contactId: scope.contactId } : { companyId: scope.companyId };
      // Completions page by time alone; those at the bound's own millisecond are cut by id here, so a
      // few more are read to make up for the ones already shown.
      const rows = service
        .completedFor(target, bound ? bound.atMs + 1 : undefined, limit + 32)
        .items.filter((c) => isBelow(bound, c.completedAtMs, c.id))
        .slice(0, limit);
      const who = loggedBy(rows.map((c) => c.id));
      return rows.map((c) => ({
        source: 'reminders',
        id: c.id,
        atMs: c.completedAtMs,
        kind: REMINDER_DONE,
        title: c.title,
        detail: '',
        interaction: null,
        loggedBy: who.get(c.id) ?? null,
        amount: null,
      }));
    },
  };
}
