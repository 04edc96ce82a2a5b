// Deal stage moves on the timeline ("Shop fit-out: Proposal → Won", moved by Ravi on Home laptop),
// beside interactions and completed reminders. Registered with the interactions domain's timeline in boot.
import type { SourceBound, TimelineSource } from '../interactions';
import type { DealsService } from './deals.service';

/** The timeline kind of a deal's stage move; the timeline's kind filter can name it. */
export const DEAL_MOVED = 'deal-moved';

const isBelow = (bound: SourceBound, atMs: number, id: string) =>
  bound === null || atMs < bound.atMs || (atMs === bound.atMs && id < bound.id);

export function dealsTimelineSource(deals: DealsService): TimelineSource {
  return {
    name: 'deals',
    page(scope, bound, limit, kinds) {
      if (kinds.length > 0 && !kinds.includes(DEAL_MOVED)) return [];
      // A record's deal moves are few (the newest 500 are read); the page is cut from them here.
      const { moves } = deals.forContact(scope.contactId !== undefined ? { contactId: scope.contactId } : { companyId: scope.companyId });
      return moves
        .filter((m) => isBelow(bound, m.atMs, m.id))
        .sort((a, b) => b.atMs - a.atMs || (a.id < b.id ? 1 : -1))
        .slice(0, limit)
        .map((m) => ({
          source: 'deals',
          id: m.id,
          atMs: m.atMs,
          kind: DEAL_MOVED,
          title: m.dealTitle,
          detail: m.fromStageName === null ? m.toStageName : `${m.fromStageName} → ${m.toStageName}`,
          interaction: null,
          loggedBy: m.by,
          amount: null,
        }));
    },
  };
}
