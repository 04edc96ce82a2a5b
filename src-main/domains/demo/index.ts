import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import type { DealsService } from '../deals';
import { seedDeals } from './deals-seed';

export function demoHandlers(companies: CompaniesService, contacts: ContactsService, deals?: DealsService): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed, deals: dealCount }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const contactIds = contacts.createMany(
        data.contacts.map(({ companyIndex, ...fields }) => ({
          ...fields,
          companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
        })),
      );
      const dealsAdded = deals ? seedDeals(deals, dealCount ?? Math.min(50_000, Math.ceil(count / 2)), seed, contactIds, companyIds) : 0;
      return { contacts: data.contacts.length, companies: companyIds.length, deals: dealsAdded };
    },
  };
}
