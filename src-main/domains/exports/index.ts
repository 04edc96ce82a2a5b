import type { exports } from '../../../src-shared/contract/imports';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { Sqlite } from '../../db/open-database';
import { exportContacts } from './contacts-export';

export { exportContacts, type ExportFormat } from './contacts-export';

export function exportsHandlers(sqlite: Sqlite): DomainHandlers<typeof exports> {
  return {
    contacts: ({ format, ids }) => exportContacts(sqlite, format, ids),
  };
}
