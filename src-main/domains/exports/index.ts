import type { exports } from '../../../src-shared/contract/imports';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { Sqlite } from '../../db/open-database';
import type { CompanyDetail } from '../../../src-shared/contract/companies';
import { exportContacts } from './contacts-export';

export { exportContacts, type ExportFormat } from './contacts-export';

export function exportsHandlers(sqlite: Sqlite, companyOf: (id: string) => CompanyDetail): DomainHandlers<typeof exports> {
  return {
    contacts: ({ format, ids }) => exportContacts(sqlite, companyOf, format, ids),
  };
}
