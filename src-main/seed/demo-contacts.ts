// Demo contacts: a name in one of the three scripts, usually working at a company of the same script,
// with the emails, mobiles, job title and notes a real address book has (or lacks).
import type { ContactFieldsInput } from '../../src-shared/contract/contacts';
import type { DemoCompany } from './demo-companies';
import type { Name } from './name-list';
import { mobileNumber } from './phone-numbers';
import type { Random } from './random';
import { pickScript, SCRIPT_DATA, type Script } from './script-mix';

export type DemoContact = ContactFieldsInput & { companyIndex: number | null };

const WORK_TITLES = [
  'Owner', 'Proprietor', 'Partner', 'Director', 'Manager', 'Accountant', 'Purchase Manager', 'Sales Executive',
  'Store Manager', 'Supervisor', 'Marketing Head', 'Operations Manager', 'Cashier', 'Office Assistant', 'Engineer',
];
const OTHER_TITLES = ['', '', '', 'Consultant', 'Freelancer', 'Chartered Accountant', 'Advocate', 'Doctor', 'Teacher', 'Retired'];
const PERSONAL_MAIL = ['example.com', 'example.net', 'example.org'];
const NOTES = [
  'Prefers WhatsApp over calls.',
  'Met at the Diwali trade fair.',
  'Call after 11 am.',
  'Referred by an existing customer.',
  'Asked for a quotation last month.',
  'Sends payment by UPI.',
  'Speaks Hindi and English.',
  'Interested in the new catalogue.',
  'दिवाली से पहले फ़ोन करें।',
  'பொங்கலுக்கு முன் அழைக்கவும்.',
];

/** Companies grouped by script, so most people can be placed at a company named in their script. */
export function indexCompaniesByScript(companies: readonly DemoCompany[]): Record<Script, number[]> {
  const byScript: Record<Script, number[]> = { latin: [], devanagari: [], tamil: [] };
  companies.forEach((company, index) => byScript[company.script].push(index));
  return byScript;
}

function emailLocalPart(random: Random, given: Name, family: Name | null): string {
  const g = given[1];
  const number = () => String(random.between(1, 99));
  if (!family) return `${g}${random.between(1, 9999)}`;
  const f = family[1];
  switch (random.int(6)) {
    case 0: return `${g}.${f}`;
    case 1: return `${g}.${f}${number()}`;
    case 2: return `${g}${f}`;
    case 3: return `${g}_${f}`;
    case 4: return `${g[0]}.${f}`;
    default: return `${g}${number()}`;
  }
}

function pickCompany(random: Random, script: Script, companies: readonly DemoCompany[], byScript: Record<Script, number[]>): number | null {
  if (companies.length === 0 || !random.chance(0.7)) return null;
  const sameScript = byScript[script];
  if (sameScript.length > 0 && random.chance(0.8)) return random.pick(sameScript);
  return random.int(companies.length);
}

export function generateContact(
  random: Random,
  companies: readonly DemoCompany[],
  byScript: Record<Script, number[]> = indexCompaniesByScript(companies),
): DemoContact {
  const script = pickScript(random);
  const { names } = SCRIPT_DATA[script];
  const given = random.pick(names.given);
  // Some people go by one name only.
  const family = random.chance(0.03) ? null : random.pick(names.family);
  const companyIndex = pickCompany(random, script, companies, byScript);
  const mailDomain = companyIndex === null ? null : (companies[companyIndex]?.mailDomain ?? null);

  const emailCount = random.pick([0, 1, 1, 1, 2]);
  const emails: { label: string; value: string }[] = [];
  for (let i = 0; i < emailCount; i++) {
    const isWork = mailDomain !== null && (i === 0 ? random.chance(0.6) : !emails.some((e) => e.label === 'work'));
    const domain = isWork ? mailDomain : random.pick(PERSONAL_MAIL);
    emails.push({ label: isWork ? 'work' : 'personal', value: `${emailLocalPart(random, given, family)}@${domain}` });
  }

  const phoneCount = random.pick([0, 1, 1, 1, 2, 2]);
  const phones: { label: string; value: string }[] = [];
  for (let i = 0; i < phoneCount; i++) {
    phones.push({ label: i === 0 ? 'mobile' : random.pick(['whatsapp', 'work', 'mobile']), value: mobileNumber(random) });
  }

  return {
    givenName: given[0],
    familyName: family ? family[0] : '',
    companyIndex,
    jobTitle: companyIndex === null ? random.pick(OTHER_TITLES) : random.pick(WORK_TITLES),
    emails,
    phones,
    notes: random.chance(0.15) ? random.pick(NOTES) : '',
  };
}
