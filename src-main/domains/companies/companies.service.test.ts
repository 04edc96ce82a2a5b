import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createCompaniesService, type CompaniesService } from './companies.service';
import { domainOf } from './company-domain';

let sqlite: Sqlite;
let contacts: ContactsService;
let companies: CompaniesService;

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
  companies = createCompaniesService(sqlite, events, writer);
});

describe('companies', () => {
  it('keeps typed phones (with E.164), emails, addresses and tags, and lists its people', () => {
    const id = companies.create({
      name: 'Sharma Textiles',
      website: 'https://www.sharmatextiles.in/about',
      phones: [{ label: 'office', value: '0141 222 3344' }, { label: 'mobile', value: '094440 12345' }],
      emails: [{ label: 'work', value: 'sales@sharmatextiles.in' }],
      addresses: [{ label: 'shop', street: 'Johari Bazar 12', locality: 'Jaipur', region: 'Rajasthan', postalCode: '302003', country: 'IN' }],
      tags: ['Wholesale', 'VIP'],
    });
    contacts.create(ContactFields.parse({ givenName: 'Raj', companyId: id }));
    const detail = companies.get(id, contacts);
    expect(detail).toMatchObject({ domain: 'sharmatextiles.in', city: 'Jaipur', phone: '0141 222 3344', tags: ['VIP', 'Wholesale'] });
    expect(detail.phones.map((p) => [p.label, p.e164])).toEqual([['office', '+911412223344'], ['mobile', '+919444012345']]);
    expect(detail.people.map((p) => p.displayName)).toEqual(['Raj']);
  });

  it('edits children by id: keeps, tombstones and adds; the first is primary', () => {
    const id = companies.create({ name: 'Lakshmi Traders', phones: [{ value: '098400 12345' }] });
    const [first] = companies.get(id, contacts).phones;
    companies.update(id, { name: 'Lakshmi Traders', phones: [{ value: '044 2345 6789', label: 'office' }, { id: first!.id, value: '098400 12345' }] }, contacts);
    const after = companies.get(id, contacts);
    expect(after.phones.map((p) => p.value)).toEqual(['044 2345 6789', '098400 12345']);
    expect(after.phones[1]!.id).toBe(first!.id);
    expect(after.phone).toBe('044 2345 6789');
    companies.update(id, { name: 'Lakshmi Traders', phones: [] }, contacts);
    expect(companies.get(id, contacts).phones).toEqual([]);
    expect(sqlite.prepare('SELECT count(*) FROM company_phones WHERE deleted_at_ms IS NOT NULL').pluck().get()).toBe(2);
  });

  it('takes the older single phone and city as the first phone and address', () => {
    const id = companies.create({ name: 'Old Style', phone: '022 1234 5678', city: 'Mumbai' });
    const detail = companies.get(id, contacts);
    expect(detail.phones.map((p) => p.value)).toEqual(['022 1234 5678']);
    expect(detail.addresses.map((a) => a.locality)).toEqual(['Mumbai']);
  });

  it('shares tags with contacts: one tag row for both', () => {
    companies.create({ name: 'A', tags: ['VIP'] });
    contacts.create(ContactFields.parse({ givenName: 'B', tags: ['vip'] }));
    expect(sqlite.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(1);
  });

  it('derives a domain from a website', () => {
    expect(domainOf('https://www.Example.co.in/x?y')).toBe('example.co.in');
    expect(domainOf('shop.example.com:8080')).toBe('shop.example.com');
    expect(domainOf('')).toBe('');
  });
});
