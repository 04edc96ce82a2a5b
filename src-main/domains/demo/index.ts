import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import type { InteractionsService } from '../interactions';
import { seedInteractions } from './demo-interactions';

export function demoHandlers(companies: CompaniesService, contacts: ContactsService, interactions: InteractionsService): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed, interactionsPerContact }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const people = data.contacts.map(({ companyIndex, ...fields }) => ({
        ...fields,
        companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
      }));
      const contactIds = contacts.createMany(people);
      seedInteractions(interactions, contactIds.map((contactId, i) => ({ contactId, companyId: people[i]!.companyId })), { seed, perContact: interactionsPerContact });
      return { contacts: data.contacts.length, companies: companyIds.length };
    },
  };
}
