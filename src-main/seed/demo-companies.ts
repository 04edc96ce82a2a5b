// Demo companies: a lucky or family word plus a trade, in the script of the owners, with an
// industry that fits the trade, a city where such a business would be, a phone and sometimes a website.
import type { CompanyFieldsInput } from '../../src-shared/contract/companies';
import { INDUSTRIES } from './company-words';
import { landlineNumber, mobileNumber } from './phone-numbers';
import type { Random } from './random';
import { pickScript, SCRIPT_DATA, type Script } from './script-mix';

export interface DemoCompany {
  fields: CompanyFieldsInput;
  script: Script;
  /** Mail domain of the company's own website, when it has one (for work emails). */
  mailDomain: string | null;
}

const COMPANY_NOTES = [
  'GST registered. Pays within 30 days.',
  'Wholesale buyer; invoices on the 1st of the month.',
  'Closed on Sundays.',
  'Prefers orders over WhatsApp.',
  'Annual contract renews in April.',
  'Bulk order every quarter before the festival season.',
  'दिवाली से पहले स्टॉक का ऑर्डर देते हैं।',
  'பொங்கலுக்கு முன் மொத்த ஆர்டர் தருவார்கள்.',
];

export function generateCompany(random: Random): DemoCompany {
  const script = pickScript(random);
  const data = SCRIPT_DATA[script];
  const [leadText, leadAscii] = random.chance(data.familyCompanyShare)
    ? random.pick(data.names.family)
    : random.pick(data.companyWords.leads);
  const [tradeText, tradeAscii, tradeIndustry] = random.pick(data.companyWords.trades);
  const city = random.pick(data.cities);
  // Reserved .example names (RFC 2606): demo data must never point at a real site or mailbox.
  const mailDomain = random.chance(0.4) ? `${leadAscii}${tradeAscii}.example` : null;
  return {
    script,
    mailDomain,
    fields: {
      name: `${leadText} ${tradeText}`,
      industry: tradeIndustry || random.pick(INDUSTRIES),
      city: city[0],
      phone: random.chance(0.7) ? landlineNumber(random, city) : mobileNumber(random),
      website: mailDomain ? (random.chance(0.5) ? `https://www.${mailDomain}` : `www.${mailDomain}`) : '',
      notes: random.chance(0.2) ? random.pick(COMPANY_NOTES) : '',
    },
  };
}
