// Purchases and payments on a customer's timeline, beside interactions, reminders done, deal moves
// and cases. They happen on a calendar day, so they sit at noon UTC of that day. Registered in boot.
import type { SourceBound, TimelineSource } from '../interactions';
import type { PurchasesReads } from './purchases.reads';

/** Timeline kinds of sales records; the timeline's kind filter can name them. */
export const SALES_KINDS = { purchase: 'purchase-recorded', payment: 'payment-received' } as const;

const isBelow = (bound: SourceBound, atMs: number, id: string) =>
  bound === null || atMs < bound.atMs || (atMs === bound.atMs && id < bound.id);

export function purchasesTimelineSource(reads: PurchasesReads): TimelineSource {
  return {
    name: 'purchases',
    page(scope, bound, limit, kinds) {
      const customer = scope.contactId !== undefined ? { contactId: scope.contactId } : { companyId: scope.companyId };
      return reads
        .forContact(customer)
        .map((item) => ({ ...item, atMs: Date.parse(`${item.date}T12:00:00Z`), timelineKind: SALES_KINDS[item.kind] }))
        .filter((item) => (kinds.length === 0 || kinds.includes(item.timelineKind)) && isBelow(bound, item.atMs, item.id))
        .sort((a, b) => b.atMs - a.atMs || (a.id < b.id ? 1 : -1))
        .slice(0, limit)
        .map((item) => ({
          source: 'purchases',
          id: item.id,
          atMs: item.atMs,
          kind: item.timelineKind,
          title: item.reference,
          detail: '',
          interaction: null,
          loggedBy: null,
          amount: { amountMinor: item.amountMinor, currency: item.currency },
        }));
    },
  };
}
