import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CasesService } from '../cases';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import type { InteractionsService } from '../interactions';
import { seedInteractions } from './demo-interactions';

import type { DealsService } from '../deals';
import type { RemindersService } from '../reminders';
import { seedDeals } from './deals-seed';
import { seedDemoReminders, withDemoBirthdays } from './seed-reminders';
import { seedDemoCases } from './demo-cases';
import type { SalesDomains } from '../payments';
import { seedSales } from './sales-demo';

export function demoHandlers(
  companies: CompaniesService,
  contacts: ContactsService,
  interactions: InteractionsService,
  reminders: RemindersService,
  deals?: DealsService,
  cases?: CasesService,
  sales?: SalesDomains,
): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed, interactionsPerContact, deals: dealCount, purchaseLines, withActivity }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const people = withDemoBirthdays(data.contacts, seed).map(({ companyIndex, ...fields }) => ({
        ...fields,
        companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
      }));
      const contactIds = contacts.createMany(people);
      if (!withActivity) return { contacts: data.contacts.length, companies: companyIds.length, deals: 0, purchaseLines: 0 };
      seedInteractions(interactions, contactIds.map((contactId, i) => ({ contactId, companyId: people[i]!.companyId })), { seed, perContact: interactionsPerContact });
      seedDemoReminders(reminders, contactIds, seed);
      const dealsAdded = deals ? seedDeals(deals, dealCount ?? Math.min(50_000, Math.ceil(count / 2)), seed, contactIds, companyIds) : 0;
      if (cases) seedDemoCases(cases, contactIds, seed);
      const sold = sales ? seedSales(sales, contactIds, { seed, lines: purchaseLines ?? Math.min(count * 3, 3_000) }) : undefined;
      return { contacts: data.contacts.length, companies: companyIds.length, deals: dealsAdded, purchaseLines: sold?.lines ?? 0 };
    },
  };
}
