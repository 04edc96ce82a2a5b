// Realistic demo data for an Indian small business's Rolodex, deterministic per seed. The seeder
// (demo.seed) resolves companyIndex to the id of the company it created from `companies`.
import type { CompanyFieldsInput } from '../../src-shared/contract/companies';
import type { ContactFieldsInput } from '../../src-shared/contract/contacts';
import { generateCompany } from './demo-companies';
import { generateContact, indexCompaniesByScript } from './demo-contacts';
import { withSegmentFields } from './demo-segment-fields';
import { createRandom } from './random';

export interface DemoData {
  companies: CompanyFieldsInput[];
  contacts: Array<ContactFieldsInput & { companyIndex: number | null }>;
}

const CONTACTS_PER_COMPANY = 20;
const MAX_COMPANIES = 5000;

export function generateDemoData(options: { contacts: number; seed: number }): DemoData {
  const random = createRandom(options.seed);
  const companyCount = Math.min(MAX_COMPANIES, Math.max(1, Math.round(options.contacts / CONTACTS_PER_COMPANY)));
  const companies = Array.from({ length: companyCount }, () => generateCompany(random));
  const byScript = indexCompaniesByScript(companies);
  const contacts = withSegmentFields(Array.from({ length: options.contacts }, () => generateContact(random, companies, byScript)), options.seed);
  return { companies: companies.map((company) => company.fields), contacts };
}
