import type { contacts } from '../../../src-shared/contract/contacts';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { ContactsService } from './contacts.service';

/** Adapts the contract to the service; no rules here. */
export function contactsHandlers(service: ContactsService): DomainHandlers<typeof contacts> {
  return {
    list: ({ after, limit }) => service.list(after, limit),
    count: () => service.count(),
    search: ({ text, limit }) => service.search(text, limit),
    get: ({ id }) => service.get(id),
    create: (fields) => service.create(fields),
    update: ({ id, fields }) => service.update(id, fields),
    archive: ({ id }) => service.setArchived(id, true),
    unarchive: ({ id }) => service.setArchived(id, false),
    findDuplicates: (probe) => service.findDuplicates(probe),
    duplicateCandidates: ({ limit }) => service.duplicateCandidates(limit),
    dismissDuplicate: ({ ids }) => service.dismissDuplicate(ids[0], ids[1]),
    merge: ({ survivorId, mergedIds, fields }) => service.merge(survivorId, mergedIds, fields),
    undoMerge: ({ mergeId }) => service.undoMerge(mergeId),
  };
}
