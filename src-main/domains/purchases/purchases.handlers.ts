import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { purchases } from '../../../src-shared/contract/purchases';
import type { PurchasesReads } from './purchases.reads';
import type { PurchasesService } from './purchases.service';

/** Creates a reminder to offer a customer (or one product) again; from the payments domain's wiring. */
export type RemindReorder = (request: { contactId: string | null; companyId: string | null; productId: string | null; dueAtMs?: number }) => Promise<{ reminderId: string }>;

export function purchasesHandlers(service: PurchasesService, reads: PurchasesReads, remindReorder: RemindReorder): DomainHandlers<typeof purchases> {
  return {
    list: ({ limit, ...filter }) => service.list(filter, limit),
    get: ({ id }) => service.get(id),
    create: (purchase) => service.create(purchase),
    setStatus: ({ id, status }) => service.setStatus(id, status),
    summary: (customer) => reads.summary(customer),
    receivables: ({ asOf, limit }) => reads.receivables(asOf, limit),
    dueToReorder: (input) => ({ items: reads.dueToReorder(input) }),
    forContact: (customer) => ({ items: reads.forContact(customer) }),
    import: ({ contentBase64, dryRun, currency }) => reads.importCsv(Buffer.from(contentBase64, 'base64').toString('utf8'), { dryRun, currency }),
    export: ({ what, format }) => reads.export(what, format),
    remindReorder: (request) => remindReorder(request),
  };
}
