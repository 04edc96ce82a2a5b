import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import type { RemindersService } from '../reminders';
import { seedDemoReminders, withDemoBirthdays } from './seed-reminders';

export function demoHandlers(companies: CompaniesService, contacts: ContactsService, reminders: RemindersService): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const contactIds = contacts.createMany(
        withDemoBirthdays(data.contacts, seed).map(({ companyIndex, ...fields }) => ({
          ...fields,
          companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
        })),
      );
      seedDemoReminders(reminders, contactIds, seed);
      return { contacts: data.contacts.length, companies: companyIds.length };
    },
  };
}
