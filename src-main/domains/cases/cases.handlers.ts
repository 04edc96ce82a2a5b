import type { cases } from '../../../src-shared/contract/cases';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { CasesService } from './cases.service';

/** Adapts the contract to the service; no rules here. */
export function casesHandlers(service: CasesService): DomainHandlers<typeof cases> {
  return {
    list: ({ asOfMs, ...filter }) => service.list(filter, asOfMs),
    get: ({ id }) => service.get(id),
    open: (input) => service.open(input),
    respond: ({ id, text }) => service.respond(id, text),
    note: ({ id, text }) => service.note(id, text),
    setStatus: ({ id, status }) => service.setStatus(id, status),
    resolve: ({ id, satisfaction, note }) => service.resolve(id, satisfaction, note),
    reopen: ({ id, text }) => service.reopen(id, text),
    delete: ({ id }) => service.delete(id),
    restore: ({ id }) => service.restore(id),
    targets: () => service.targets(),
    setTargets: (patch) => service.setTargets(patch),
    overdue: ({ asOfMs, limit }) => service.overdue(asOfMs, limit),
    forContact: (customer) => service.forContact(customer),
    export: ({ format }) => service.export(format),
  };
}
