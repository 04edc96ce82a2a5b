import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { createChangeWriter, type ChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createCompaniesService } from '../companies';
import { createContactsService, type ContactsService } from './contacts.service';

let sqlite: Sqlite;
let contacts: ContactsService;
let events: EventBus;
let writer: ChangeWriter;
const fields = (input: ContactFieldsInput) => ContactFields.parse(input);

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  events = new EventBus();
  writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
});

describe('contacts service', () => {
  it('derives the display name and keeps a typed one', () => {
    expect(contacts.create(fields({ givenName: 'Priya', familyName: 'Sharma' })).displayName).toBe('Priya Sharma');
    expect(contacts.create(fields({ givenName: 'Priya', displayName: 'Dr. Priya' })).displayName).toBe('Dr. Priya');
  });

  it('keeps child rows: updates by id, tombstones removed ones, first is primary', () => {
    const created = contacts.create(
      fields({ givenName: 'A', emails: [{ value: 'a@x.in' }, { value: 'b@x.in' }], phones: [{ value: '098400 12345' }] }),
    );
    expect(created.primaryEmail).toBe('a@x.in');
    const [first, second] = created.emails;
    const updated = contacts.update(
      created.id,
      fields({ givenName: 'A', emails: [{ id: second!.id, value: 'b2@x.in' }, { value: 'c@x.in' }], phones: [] }),
    );
    expect(updated.emails.map((e) => e.value)).toEqual(['b2@x.in', 'c@x.in']);
    expect(updated.emails[0]!.id).toBe(second!.id);
    expect(updated.primaryEmail).toBe('b2@x.in');
    expect(updated.phones).toEqual([]);
    const tombstoned = sqlite.prepare('SELECT deleted_at_ms FROM contact_emails WHERE id = ?').pluck().get(first!.id);
    expect(tombstoned).toBeTypeOf('number');
  });

  it('finds contacts by one or two letters, by FTS prefix, in Devanagari and Tamil, and never throws on syntax', () => {
    contacts.create(fields({ givenName: 'प्रिया', familyName: 'शर्मा' }));
    contacts.create(fields({ givenName: 'கார்த்திக்', familyName: 'ராஜன்', emails: [{ value: 'karthik@example.in' }] }));
    contacts.create(fields({ givenName: 'Seán', familyName: "O'Brien", phones: [{ value: '+91 94440 12345' }] }));
    const names = (text: string) => contacts.search(text, 50).items.map((c) => c.displayName);
    expect(names('प्र')).toEqual(['प्रिया शर्मा']);
    expect(names('श')).toEqual(['प्रिया शर्मा']); // family-name range
    expect(names('प्रिय')).toEqual(['प्रिया शर्मा']);
    expect(names('கார்')).toEqual(['கார்த்திக் ராஜன்']);
    expect(names('karthik@')).toEqual(['கார்த்திக் ராஜன்']);
    expect(names('sean')).toEqual(["Seán O'Brien"]);
    expect(names("o'brien")).toEqual(["Seán O'Brien"]);
    expect(names('94440')).toEqual(["Seán O'Brien"]);
    for (const raw of ['"', 'AND', '*', 'OR NOT', 'NEAR(', 'docker-compose', '^', ':', '(', "'"]) {
      expect(() => contacts.search(raw, 50)).not.toThrow();
    }
  });

  it('ranks names starting with the text first, then surnames, then other fields', () => {
    const companies = createCompaniesService(sqlite, events, writer);
    const companyId = companies.create({ name: 'Sharada Stores', website: '', industry: '', phone: '', city: '', notes: '' });
    contacts.create(fields({ givenName: 'Zubin', familyName: 'Shah' }));
    contacts.create(fields({ givenName: 'Anil', companyId }));
    contacts.create(fields({ givenName: 'Shanti', familyName: 'Rao' }));
    contacts.create(fields({ givenName: 'Bela', familyName: 'Sharma' }));
    contacts.create(fields({ givenName: 'Ravi', emails: [{ value: 'shankar@example.in' }] }));
    const names = (text: string, limit = 50) => contacts.search(text, limit).items.map((c) => c.displayName);
    expect(names('sha')).toEqual(['Shanti Rao', 'Zubin Shah', 'Bela Sharma', 'Anil', 'Ravi']);
    expect(names('sha', 2)).toEqual(['Shanti Rao', 'Zubin Shah']);
    expect(names('sh')).toEqual(['Shanti Rao', 'Zubin Shah', 'Bela Sharma']); // short: names only
  });

  it('pages by keyset in name order without gaps or repeats', () => {
    const list = ['Zoya', 'अमित', 'arjun', 'Bala', 'கார்த்திக்', 'Chitra', 'deepa'];
    for (const name of list) contacts.create(fields({ givenName: name }));
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = contacts.list(cursor, 3);
      seen.push(...page.items.map((c) => c.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...list].sort(new Intl.Collator('en').compare));
  });

  it('archives out of list and search, and unarchives back', () => {
    const c = contacts.create(fields({ givenName: 'Meena' }));
    contacts.setArchived(c.id, true);
    expect(contacts.search('mee', 10).items).toEqual([]);
    expect(contacts.list(null, 10).items).toEqual([]);
    expect(contacts.count()).toEqual({ active: 0, archived: 1 });
    contacts.setArchived(c.id, false);
    expect(contacts.search('mee', 10).items.map((x) => x.id)).toEqual([c.id]);
  });

  it('finds people by their company name, also after a rename', () => {
    const companies = createCompaniesService(sqlite, events, writer);
    const companyId = companies.create({ name: 'Lakshmi Traders', website: '', industry: '', phone: '', city: '', notes: '' });
    contacts.create(fields({ givenName: 'Ravi', companyId }));
    expect(contacts.search('laksh', 10).items.map((c) => c.companyName)).toEqual(['Lakshmi Traders']);
    companies.update(companyId, { name: 'Ganesh Stores', website: '', industry: '', phone: '', city: '', notes: '' }, contacts);
    expect(contacts.search('laksh', 10).items).toEqual([]);
    expect(contacts.search('ganesh', 10).items.map((c) => c.displayName)).toEqual(['Ravi']);
  });

  it('rejects a company id that does not exist and writes nothing', () => {
    expect(() => contacts.create(fields({ givenName: 'X', companyId: '01920000-0000-7000-8000-000000000000' }))).toThrow(/company/);
    expect(contacts.count().active).toBe(0);
  });

  it('creates many contacts all-or-nothing', () => {
    expect(() => contacts.createMany([{ givenName: 'One' }, { givenName: '' }])).toThrow();
    expect(contacts.count().active).toBe(0);
    expect(contacts.createMany([{ givenName: 'One' }, { givenName: 'Two' }])).toHaveLength(2);
  });
});

describe('search normalization', () => {
  it('finds a name stored in decomposed Unicode form', () => {
    const decomposed = 'José'.normalize('NFD');
    contacts.create(fields({ givenName: decomposed, familyName: 'Lobo' }));
    expect(contacts.search('jose lo', 10).items).toHaveLength(1);
    expect(contacts.search('José', 10).items).toHaveLength(1);
  });
});

describe('the complete contact', () => {
  it('keeps names, dates, addresses, websites, tags and flags, and the E.164 form of phones', () => {
    const created = contacts.create(
      fields({
        prefix: 'Dr.',
        givenName: 'Meena',
        additionalNames: 'K.',
        familyName: 'Rajan',
        nickname: 'Meenu',
        department: 'Accounts',
        birthday: '--08-15',
        phones: [{ value: '094440 12345' }],
        addresses: [{ street: '12 Anna Salai', locality: 'சென்னை', postalCode: '600002', country: 'IN' }],
        websites: [{ value: 'https://meena.example' }],
        tags: ['VIP', 'vip', 'Diwali list'],
        lifecycleStage: 'customer',
        preferredLanguage: 'ta',
        isDoNotMail: true,
      }),
    );
    expect(created).toMatchObject({
      prefix: 'Dr.',
      additionalNames: 'K.',
      nickname: 'Meenu',
      department: 'Accounts',
      birthday: '--08-15',
      lifecycleStage: 'customer',
      preferredLanguage: 'ta',
      isDoNotMail: true,
      isDoNotContact: false,
      tags: ['Diwali list', 'VIP'],
    });
    expect(created.phones[0]).toMatchObject({ value: '094440 12345', e164: '+919444012345' });
    expect(created.addresses[0]).toMatchObject({ locality: 'சென்னை', postalCode: '600002' });

    const updated = contacts.update(created.id, fields({ givenName: 'Meena', tags: ['Diwali list', 'Wholesale'], addresses: [] }));
    expect(updated.tags).toEqual(['Diwali list', 'Wholesale']);
    expect(updated.addresses).toEqual([]);
    expect(updated.birthday).toBeNull();
    const readded = contacts.update(created.id, fields({ givenName: 'Meena', tags: ['VIP'] }));
    expect(readded.tags).toEqual(['VIP']);
    expect(sqlite.prepare('SELECT count(*) FROM contact_tags WHERE contact_id = ?').pluck().get(created.id)).toBe(3);
  });

  it('refuses a birthday that is not a date', () => {
    expect(() => fields({ givenName: 'A', birthday: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
  });
});
