import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { purchases } from '../../../src-shared/contract/purchases';
import type { PurchasesReads } from './purchases.reads';
import type { PurchasesService } from './purchases.service';

export function purchasesHandlers(service: PurchasesService, reads: PurchasesReads): DomainHandlers<typeof purchases> {
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
  };
}
