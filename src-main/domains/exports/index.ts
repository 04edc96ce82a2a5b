import type { exports } from '../../../src-shared/contract/imports';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import { exportContacts } from './contacts-export';

export { exportContacts, type ExportFormat } from './contacts-export';

export function exportsHandlers(
  contacts: ContactsService,
  companies: CompaniesService,
  customFieldsOf?: (contactId: string) => Record<string, string>,
): DomainHandlers<typeof exports> {
  return {
    contacts: ({ format, ids }) => exportContacts(contacts, companies, format, ids, customFieldsOf),
  };
}
