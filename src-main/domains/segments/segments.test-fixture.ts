// A real in-memory database with every migration, the contacts service and the segments domain,
// plus a few contacts that differ in every filterable field. For the segments unit tests.
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createCompaniesService } from '../companies';
import { createContactsService } from '../contacts';
import { createSegmentsDomain } from './segments.domain';

export const DAY_MS = 86_400_000;
/** The fixture's "today": local noon of the real day (the sync clock refuses times far from the real one). */
const real = new Date();
export const TODAY_MS = new Date(real.getFullYear(), real.getMonth(), real.getDate(), 12).getTime();

export async function segmentsFixture() {
  const sqlite = await openMemoryDatabase();
  const events = new EventBus();
  let nowMs = TODAY_MS;
  const now = () => nowMs;
  const writer = createChangeWriter(sqlite);
  const companies = createCompaniesService(sqlite, events, writer);
  const contacts = createContactsService(sqlite, events, writer, now);
  const segments = createSegmentsDomain({ sqlite, writer, events, now });
  const add = (input: ContactFieldsInput, createdAtMs = TODAY_MS) => {
    nowMs = createdAtMs;
    const contact = contacts.create(ContactFields.parse(input));
    nowMs = TODAY_MS;
    return contact;
  };
  return { sqlite, events, writer, companies, contacts, segments, add, setNow: (ms: number) => (nowMs = ms) };
}

/** Four contacts: Asha and Bala have most fields, Chitra almost none, and one name is an injection attempt. */
export function addPeople(fixture: Awaited<ReturnType<typeof segmentsFixture>>) {
  const companyId = fixture.companies.create({ name: 'Sharma Textiles', website: '', industry: '', phone: '', city: 'Surat', notes: '' });
  const asha = fixture.add(
    {
      givenName: 'Asha',
      familyName: 'Iyer',
      companyId,
      jobTitle: 'Buyer',
      tags: ['VIP', 'Diwali'],
      lifecycleStage: 'customer',
      addresses: [{ locality: 'Chennai', region: 'Tamil Nadu', postalCode: '600001', country: 'India' }],
      emails: [{ value: 'asha@example.in' }],
      phones: [{ value: '094440 12345' }],
      owner: 'Ravi',
      source: 'Referral',
      preferredLanguage: 'ta',
      birthday: '1990-03-14',
      isDoNotMail: true,
    },
    TODAY_MS - 40 * DAY_MS,
  );
  const bala = fixture.add(
    {
      givenName: 'Bala',
      familyName: 'Murugan',
      jobTitle: 'Owner',
      tags: ['vip'],
      lifecycleStage: 'lead',
      addresses: [{ locality: 'Mumbai', region: 'Maharashtra', postalCode: '400001', country: 'India' }],
      phones: [{ value: '+91 98765 43210' }],
      owner: 'Meena',
      source: 'Walk-in',
      preferredLanguage: 'hi',
      birthday: '--03-02',
      isDoNotContact: true,
    },
    TODAY_MS - 10 * DAY_MS,
  );
  const chitra = fixture.add({ givenName: 'Chitra', emails: [{ value: 'chitra@example.com' }] }, TODAY_MS - 2 * DAY_MS);
  const robert = fixture.add(
    { givenName: "Robert'); DROP TABLE contacts;--", tags: ['100%_off'], addresses: [{ locality: 'a%b_c' }], lifecycleStage: 'prospect' },
    TODAY_MS,
  );
  return { asha, bala, chitra, robert };
}
