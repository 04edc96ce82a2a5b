import type { demo } from '../../../src-shared/contract/system';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import { generateDemoData } from '../../seed/demo-data';
import type { CompaniesService } from '../companies';
import type { ContactsService } from '../contacts';
import type { SalesDomains } from '../payments';
import { seedSales } from './sales-demo';

export function demoHandlers(companies: CompaniesService, contacts: ContactsService, sales?: SalesDomains): DomainHandlers<typeof demo> {
  return {
    seed: ({ contacts: count, seed, purchaseLines }) => {
      const data = generateDemoData({ contacts: count, seed });
      const companyIds = companies.createMany(data.companies);
      const contactIds = contacts.createMany(
        data.contacts.map(({ companyIndex, ...fields }) => ({
          ...fields,
          companyId: companyIndex === null ? null : (companyIds[companyIndex] ?? null),
        })),
      );
      const sold = sales ? seedSales(sales, contactIds, { seed, lines: purchaseLines ?? Math.min(count * 3, 3_000) }) : undefined;
      return { contacts: data.contacts.length, companies: companyIds.length, purchaseLines: sold?.lines ?? 0 };
    },
  };
}
