// A Google Contacts CSV export as an Indian small business's account produces it: the current header,
// names in Latin, Devanagari and Tamil script, Indian mobiles typed several ways, some multi-line
// addresses and notes, and Google's ' ::: ' joining several values (and labels) in one cell.
// Every email and phone is unique, so importing in 'create' mode creates one contact per row.
import { writeFileSync } from 'node:fs';
import { generateCompany } from '../src-main/seed/demo-companies';
import { createRandom, type Random } from '../src-main/seed/random';
import { pickScript, SCRIPT_DATA } from '../src-main/seed/script-mix';

export const GOOGLE_HEADER = [
  'First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name',
  'Name Prefix', 'Name Suffix', 'Nickname', 'File As', 'Organization Name', 'Organization Title',
  'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels',
  'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Label', 'E-mail 2 - Value',
  'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value',
  'Address 1 - Label', 'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City', 'Address 1 - PO Box',
  'Address 1 - Region', 'Address 1 - Postal Code', 'Address 1 - Country', 'Address 1 - Extended Address',
];

const CONTACTS_PER_COMPANY = 20;
const MAX_COMPANIES = 5000;
const MULTI = ' ::: ';

const TITLES = ['Owner', 'Proprietor', 'Partner', 'Director', 'Manager', 'Accountant', 'Purchase Manager', 'Sales Executive', 'Store Manager', ''];
const DEPARTMENTS = ['Sales', 'Accounts', 'Purchase', 'Operations'];
const PREFIXES = ['Dr.', 'Shri', 'Smt.', 'Mr.', 'Ms.'];
const NICKNAMES = ['Raju', 'Bablu', 'Chinnu', 'Pappu', 'Kutty', 'Munna'];
const NOTES = [
  'Prefers WhatsApp over calls.',
  'Met at the Diwali mela.\nPrefers WhatsApp.',
  'Call after 11 am.',
  'Sends payment by UPI, invoices on the 1st.',
  'Asked for a "bulk" quotation last month.',
  'दिवाली से पहले फ़ोन करें।',
  'பொங்கலுக்கு முன் அழைக்கவும்.',
];
const EXTRA_LABELS = ['VIP', 'Customers', 'Suppliers', 'Family', 'Chennai office'];
const EMAIL_LABELS = ['* Work', '* Home', 'Work', 'Home', 'Other'];
const PHONE_LABELS = ['Mobile', 'Mobile', 'Work', 'Home', 'WhatsApp'];
const PERSONAL_MAIL = ['example.com', 'example.net', 'example.org'];
const STREETS = ['MG Road', 'Anna Salai', 'Station Road', 'Gandhi Nagar', 'Nehru Street', 'Civil Lines', '2nd Cross, T. Nagar', 'गांधी मार्ग', 'காந்தி சாலை'];
const STATES: Record<string, string> = {
  Delhi: 'Delhi', Jaipur: 'Rajasthan', Lucknow: 'Uttar Pradesh', Kanpur: 'Uttar Pradesh', Varanasi: 'Uttar Pradesh',
  Patna: 'Bihar', Indore: 'Madhya Pradesh', Bhopal: 'Madhya Pradesh', Agra: 'Uttar Pradesh', Chandigarh: 'Chandigarh',
  Mumbai: 'Maharashtra', Pune: 'Maharashtra', Nagpur: 'Maharashtra', Bengaluru: 'Karnataka', Mysuru: 'Karnataka',
  Hyderabad: 'Telangana', Kolkata: 'West Bengal', Ahmedabad: 'Gujarat', Surat: 'Gujarat', Kochi: 'Kerala',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The `serial`-th distinct ten-digit mobile (starting 6–9), in one of the usual forms: the last nine
 * digits are `serial` times 3¹⁸ (prime to 10⁹, so no two serials meet) modulo 10⁹, which scatters them.
 */
function mobile(random: Random, serial: number): string {
  const number = random.pick(['9', '9', '9', '8', '8', '7', '6']) + pad((serial * 387_420_489 + 123_456_789) % 1_000_000_000, 9);
  const head = number.slice(0, 5);
  const tail = number.slice(5);
  const form = random.int(10);
  if (form < 4) return `+91 ${head} ${tail}`;
  if (form < 7) return `0${head} ${tail}`;
  if (form < 8) return `${head} ${tail}`;
  if (form < 9) return `+91-${head}-${tail}`;
  return number;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Writes `rows` contacts (deterministic per seed) to `file`; returns the byte count. */
export function writeGoogleContactsCsv(file: string, rows: number, seed: number): number {
  const random = createRandom(seed);
  const companies = Array.from({ length: Math.min(MAX_COMPANIES, Math.max(1, Math.round(rows / CONTACTS_PER_COMPANY))) }, () => generateCompany(random));
  const lines = [GOOGLE_HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const script = pickScript(random);
    const { names, cities } = SCRIPT_DATA[script];
    const given = random.pick(names.given);
    const family = random.chance(0.03) ? null : random.pick(names.family);
    const middle = random.chance(0.05) ? random.pick(names.given)[0] : '';
    const company = random.chance(0.7) ? random.pick(companies) : null;
    const row: Record<string, string> = {
      'First Name': given[0],
      'Middle Name': middle,
      'Last Name': family?.[0] ?? '',
      'Name Prefix': random.chance(0.03) ? random.pick(PREFIXES) : '',
      Nickname: random.chance(0.04) ? random.pick(NICKNAMES) : '',
      'Organization Name': company?.fields.name ?? '',
      'Organization Title': company ? random.pick(TITLES) : '',
      'Organization Department': company && random.chance(0.2) ? random.pick(DEPARTMENTS) : '',
      Notes: random.chance(0.15) ? random.pick(NOTES) : '',
      Labels: ['* myContacts', ...(random.chance(0.25) ? [random.pick(EXTRA_LABELS)] : [])].join(MULTI),
    };
    if (random.chance(0.3)) {
      const month = pad(random.between(1, 12), 2);
      const day = pad(random.between(1, 28), 2);
      row['Birthday'] = random.chance(0.6) ? `${random.between(1950, 2004)}-${month}-${day}` : `--${month}-${day}`;
    }

    const local = family ? `${given[1]}.${family[1]}` : given[1];
    const emails = Array.from({ length: random.pick([0, 1, 1, 1, 2]) }, (_, k) => {
      const domain = company?.mailDomain && k === 0 ? company.mailDomain : random.pick(PERSONAL_MAIL);
      return `${local}${k === 0 ? '' : '.home'}${i}@${domain}`;
    });
    // Google joins values that share a label into one cell, and their labels likewise.
    if (emails.length === 2 && random.chance(0.5)) {
      row['E-mail 1 - Label'] = `* Work${MULTI}Home`;
      row['E-mail 1 - Value'] = emails.join(MULTI);
    } else {
      emails.forEach((email, k) => {
        row[`E-mail ${k + 1} - Label`] = random.pick(EMAIL_LABELS);
        row[`E-mail ${k + 1} - Value`] = email;
      });
    }
    const phones = Array.from({ length: random.pick([0, 1, 1, 1, 2, 2]) }, (_, k) => mobile(random, 2 * i + k));
    if (phones.length === 2 && random.chance(0.4)) {
      row['Phone 1 - Label'] = 'Mobile';
      row['Phone 1 - Value'] = phones.join(MULTI);
    } else {
      phones.forEach((phone, k) => {
        row[`Phone ${k + 1} - Label`] = random.pick(PHONE_LABELS);
        row[`Phone ${k + 1} - Value`] = phone;
      });
    }

    if (random.chance(0.35)) {
      const [city] = random.pick(cities);
      const street = `${random.between(1, 250)}, ${random.pick(STREETS)}`;
      const region = STATES[city] ?? 'Tamil Nadu';
      const postalCode = String(random.between(110_001, 855_999));
      Object.assign(row, {
        'Address 1 - Label': random.pick(['Home', 'Work']),
        'Address 1 - Formatted': `${street}\n${city} ${postalCode}\n${region}\nIndia`,
        'Address 1 - Street': street,
        'Address 1 - City': city,
        'Address 1 - Region': region,
        'Address 1 - Postal Code': postalCode,
        'Address 1 - Country': 'India',
      });
    }
    lines.push(GOOGLE_HEADER.map((column) => quote(row[column] ?? '')).join(','));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
