import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { segments } from '../../../src-shared/contract/segments';
import type { BulkActions } from './bulk-actions';
import type { SegmentsService } from './segments.service';

/** Adapts the contract to the services; no rules here. */
export function segmentsHandlers(service: SegmentsService, bulk: BulkActions): DomainHandlers<typeof segments> {
  return {
    list: () => ({ items: service.list() }),
    get: ({ id }) => service.get(id),
    create: (fields) => service.create(fields),
    update: ({ id, fields }) => service.update(id, fields),
    delete: ({ id }) => service.delete(id),
    restore: ({ id }) => service.restore(id),
    fields: () => service.fields(),
    count: (scope) => service.count(scope),
    contacts: ({ sort, after, limit, ...scope }) => service.contacts(scope, sort, after, limit),
    ids: (scope) => ({ ids: service.ids(scope) }),
    bulk: ({ target, action }) => bulk.run(target, action),
    undoBulk: ({ bulkId }) => bulk.undo(bulkId),
  };
}
