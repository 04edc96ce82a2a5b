// What makes demo contacts worth filtering: a lifecycle stage, where we met them, who looks after
// them, tags, a postal address and a preferred language. Drawn from its own random stream, so the
// rest of the demo data (names, phones, companies) stays exactly as the same seed gave before.
import type { ContactFieldsInput } from '../../src-shared/contract/contacts';
import { ALL_CITIES, HINDI_BELT_CITIES, TAMIL_NADU_CITIES } from './places';
import { createRandom } from './random';

const STAGES = ['lead', 'lead', 'prospect', 'customer', 'customer', 'customer', 'inactive'] as const;
const SOURCES = ['Referral', 'Walk-in', 'Trade fair', 'Website', 'WhatsApp', 'Cold call'];
const OWNERS = ['Anita', 'Ravi', 'Meena', 'Suresh'];
const TAGS = ['VIP', 'Wholesale', 'Diwali greetings', 'Pongal greetings', 'Credit customer', 'New catalogue', 'Festival offer'];
const REGIONS: Record<string, string> = {
  Chennai: 'Tamil Nadu', Coimbatore: 'Tamil Nadu', Madurai: 'Tamil Nadu', Mumbai: 'Maharashtra', Pune: 'Maharashtra',
  Delhi: 'Delhi', Jaipur: 'Rajasthan', Bengaluru: 'Karnataka', Hyderabad: 'Telangana', Kolkata: 'West Bengal',
};
const DEVANAGARI = /[\u0900-\u097f]/;
const TAMIL = /[\u0b80-\u0bff]/;

export function withSegmentFields<C extends ContactFieldsInput>(contacts: C[], seed: number): C[] {
  const random = createRandom(seed ^ 0x5e9e);
  return contacts.map((contact) => {
    const name = `${contact.givenName ?? ''}${contact.familyName ?? ''}`;
    const script = DEVANAGARI.test(name) ? 'hi' : TAMIL.test(name) ? 'ta' : 'en';
    const cities = script === 'hi' ? HINDI_BELT_CITIES : script === 'ta' ? TAMIL_NADU_CITIES : ALL_CITIES;
    const [city, std] = random.pick(cities);
    const hasAddress = (contact.addresses?.length ?? 0) === 0 && random.chance(0.6);
    const tagCount = random.pick([0, 0, 0, 1, 1, 2]);
    const tags = [...new Set(Array.from({ length: tagCount }, () => random.pick(TAGS)))];
    return {
      ...contact,
      lifecycleStage: contact.lifecycleStage || (random.chance(0.75) ? random.pick(STAGES) : ''),
      source: contact.source || (random.chance(0.5) ? random.pick(SOURCES) : ''),
      owner: contact.owner || (random.chance(0.6) ? random.pick(OWNERS) : ''),
      preferredLanguage: contact.preferredLanguage || (random.chance(0.5) ? script : ''),
      tags: contact.tags?.length ? contact.tags : tags,
      addresses: hasAddress
        ? [{ label: 'work', locality: city, region: REGIONS[city] ?? '', postalCode: `${std.slice(1, 4)}${String(random.int(1000)).padStart(3, '0')}`, country: 'India' }]
        : contact.addresses,
    };
  });
}
