import type { companies } from '../../../src-shared/contract/companies';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { ContactsService } from '../contacts';
import type { CompaniesService } from './companies.service';

export function companiesHandlers(service: CompaniesService, contacts: ContactsService): DomainHandlers<typeof companies> {
  return {
    list: ({ text, limit }) => service.list(text, limit),
    get: ({ id }) => service.get(id, contacts),
    create: (fields) => service.get(service.create(fields), contacts),
    update: ({ id, fields }) => {
      service.update(id, fields, contacts);
      return service.get(id, contacts);
    },
    archive: ({ id }) => {
      service.setArchived(id, true);
      return service.get(id, contacts);
    },
    unarchive: ({ id }) => {
      service.setArchived(id, false);
      return service.get(id, contacts);
    },
  };
}
