import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { relationships } from '../../../src-shared/contract/relationships';
import type { RelationshipsService } from './relationships.service';

/** Adapts the contract to the service; no rules here. */
export function relationshipsHandlers(service: RelationshipsService): DomainHandlers<typeof relationships> {
  return {
    listFor: ({ contactId }) => service.listFor(contactId),
    add: (input) => service.add(input),
    remove: ({ id }) => service.remove(id),
    restore: ({ id }) => service.restore(id),
  };
}
