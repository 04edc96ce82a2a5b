import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { Backup, backups } from '../../../src-shared/contract/system';

export interface BackupsPort {
  list(): Backup[];
  create(): Promise<Backup>;
  restore(file: string): Promise<{ restored: string; safetyBackup: Backup }>;
}

export function backupsHandlers(port: BackupsPort): DomainHandlers<typeof backups> {
  return {
    list: () => ({ items: port.list() }),
    create: () => port.create(),
    restore: ({ file }) => port.restore(file),
  };
}
