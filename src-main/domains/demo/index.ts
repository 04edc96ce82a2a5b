import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CasesService } from '../cases';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import { seedDemoCases } from './demo-cases';

export function demoHandlers(companies: CompaniesService, contacts: ContactsService, cases?: CasesService): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const contactIds = contacts.createMany(
        data.contacts.map(({ companyIndex, ...fields }) => ({
          ...fields,
          companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
        })),
      );
      if (cases) seedDemoCases(cases, contactIds, seed);
      return { contacts: data.contacts.length, companies: companyIds.length };
    },
  };
}
