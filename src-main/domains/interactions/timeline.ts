// One timeline per contact or company, merged from registered sources. A source pages its own
// records newest first; the timeline asks each for one page below the cursor, merges by
// (time, source, id) descending and keeps the first `limit`. Interactions are the first source;
// completed reminders, deals, purchases, payments and mailings each register one more
// (see README.md in this folder).
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../../src-shared/contract/interactions';

export type TimelineScope = { contactId: string; companyId?: undefined } | { companyId: string; contactId?: undefined };

/** Items strictly older than (atMs, id) in tuple order; null = from the newest. */
export type SourceBound = { atMs: number; id: string } | null;

export interface TimelineSource {
  /** Unique, stable: it is part of the cursor. */
  readonly name: string;
  /** The kinds this source yields, for the filter; an empty filter means every kind. */
  page(scope: TimelineScope, bound: SourceBound, limit: number, kinds: readonly string[]): TimelineItem[];
}

/** Translates the global cursor into one source's bound, so no item is skipped or repeated. */
export function boundFor(source: string, cursor: TimelineCursor | null): SourceBound {
  if (!cursor) return null;
  if (source === cursor.source) return { atMs: cursor.atMs, id: cursor.id };
  // Ties on time order by source name: a "smaller" source still owes its items at the cursor's time.
  return source < cursor.source ? { atMs: cursor.atMs, id: '\uffff' } : { atMs: cursor.atMs, id: '' };
}

const newestFirst = (a: TimelineItem, b: TimelineItem) =>
  b.atMs - a.atMs || (a.source === b.source ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.source < b.source ? 1 : -1);

export function createTimeline() {
  const sources = new Map<string, TimelineSource>();
  return {
    register(source: TimelineSource) {
      if (sources.has(source.name)) throw new Error(`Timeline source ${source.name} is registered twice`);
      sources.set(source.name, source);
    },
    page(scope: TimelineScope, kinds: readonly string[], after: TimelineCursor | null, limit: number): TimelinePage {
      const merged = [...sources.values()].flatMap((s) => s.page(scope, boundFor(s.name, after), limit + 1, kinds)).sort(newestFirst);
      const items = merged.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: merged.length > limit && last ? { atMs: last.atMs, source: last.source, id: last.id } : null };
    },
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
