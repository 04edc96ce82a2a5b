import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { sync } from '../../../src-shared/contract/sync';
import type { SyncService } from './sync.service';

/** `backupFirst` runs before local data is replaced by a sync folder's. */
export function syncHandlers(service: SyncService, backupFirst: () => Promise<unknown>): DomainHandlers<typeof sync> {
  return {
    status: () => service.status(),
    configure: async (input) => {
      if (input.join === 'replace') await backupFirst();
      return service.configure(input);
    },
    now: ({ allowMassDelete, compact }) => service.run({ allowMassDelete, compact }),
    disable: () => service.disable(),
    conflicts: () => service.conflicts(),
    lastChange: ({ table, rowId }) => service.lastChange(table, rowId),
    resolveConflict: ({ id, keep }) => service.resolveConflict(id, keep),
  };
}
