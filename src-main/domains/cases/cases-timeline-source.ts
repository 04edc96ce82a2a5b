// A customer's cases on the timeline: opened, first response and resolution (with the rating),
// beside interactions, reminders done and deal moves. Registered with the timeline in boot.
import type { SourceBound, TimelineSource } from '../interactions';
import type { CasesService } from './cases.service';

/** Timeline kinds of case events; the timeline's kind filter can name them. */
export const CASE_KINDS = { opened: 'case-opened', responded: 'case-responded', resolved: 'case-resolved' } as const;

const isBelow = (bound: SourceBound, atMs: number, id: string) =>
  bound === null || atMs < bound.atMs || (atMs === bound.atMs && id < bound.id);

export function casesTimelineSource(cases: CasesService): TimelineSource {
  return {
    name: 'cases',
    page(scope, bound, limit, kinds) {
      const customer = scope.contactId !== undefined ? { contactId: scope.contactId } : { companyId: scope.companyId };
      // A customer's case events are few; the page is cut from all of them here.
      return cases
        .forContact(customer)
        .items.map((item) => ({ ...item, id: `${item.caseId}:${item.kind}:${item.atMs}`, timelineKind: CASE_KINDS[item.kind] }))
        .filter((item) => (kinds.length === 0 || kinds.includes(item.timelineKind)) && isBelow(bound, item.atMs, item.id))
        .sort((a, b) => b.atMs - a.atMs || (a.id < b.id ? 1 : -1))
        .slice(0, limit)
        .map((item) => ({
          source: 'cases',
          id: item.id,
          atMs: item.atMs,
          kind: item.timelineKind,
          title: item.subject,
          detail: item.satisfaction === null ? '' : '★'.repeat(item.satisfaction),
          interaction: null,
          loggedBy: item.byName || item.byDevice ? { deviceId: '', deviceName: item.byDevice, userName: item.byName, isThisMachine: false } : null,
          amount: null,
        }));
    },
  };
}
