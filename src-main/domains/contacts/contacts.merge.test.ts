import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createCompaniesService } from '../companies';
import { createContactsService, type ContactsService } from './contacts.service';

let sqlite: Sqlite;
let contacts: ContactsService;
let companyId: string;
const make = (input: ContactFieldsInput) => contacts.create(ContactFields.parse(input));

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
  companyId = createCompaniesService(sqlite, events, writer).create({ name: 'Lakshmi Traders', website: '', industry: '', phone: '', city: '', notes: '' });
});

describe('duplicates', () => {
  it('finds pairs by email, phone (any written form), and name with or without the company, surest first', () => {
    const a = make({ givenName: 'Ravi', familyName: 'Kumar', companyId, emails: [{ value: 'ravi@lakshmi.in' }], phones: [{ value: '098400 12345' }] });
    const b = make({ givenName: 'RAVI', familyName: 'kumar', companyId, emails: [{ value: 'Ravi@Lakshmi.in' }] });
    const c = make({ givenName: 'R.', familyName: 'Kumar', phones: [{ value: '+91 98400 12345' }] });
    make({ givenName: 'Meena' });
    const pairs = contacts.duplicateCandidates(10).items.map((p) => ({ ids: [p.a.id, p.b.id].sort(), score: p.score, reasons: p.reasons.sort() }));
    expect(pairs[0]).toEqual({ ids: [a.id, b.id].sort(), score: 100, reasons: ['email', 'name', 'name-company'] });
    expect(pairs).toContainEqual({ ids: [a.id, c.id].sort(), score: 90, reasons: ['phone'] });
    expect(pairs).toHaveLength(2);
    contacts.dismissDuplicate(a.id, c.id);
    expect(contacts.duplicateCandidates(10).items).toHaveLength(1);
  });

  it('warns while typing: same email, same phone, same name', () => {
    const a = make({ givenName: 'प्रिया', familyName: 'शर्मा', emails: [{ value: 'priya@example.in' }] });
    const probe = { givenName: 'प्रिया', familyName: 'शर्मा', displayName: '', companyId: null, emails: [], phones: [], excludeId: null };
    expect(contacts.findDuplicates(probe).items.map((m) => [m.contact.id, m.reasons])).toEqual([[a.id, ['name']]]);
    expect(contacts.findDuplicates({ ...probe, givenName: 'X', emails: ['PRIYA@example.in'] }).items[0]?.reasons).toEqual(['email']);
    expect(contacts.findDuplicates({ ...probe, excludeId: a.id }).items).toEqual([]);
  });
});

describe('merge', () => {
  it('keeps every email, phone, address and tag, archives the others with merged_into, and undoes whole', () => {
    const keep = make({ givenName: 'Ravi', familyName: 'Kumar', emails: [{ value: 'ravi@a.in' }], tags: ['VIP'], notes: 'Prefers calls' });
    const other = make({
      givenName: 'Ravi',
      familyName: 'K',
      nickname: 'RK',
      emails: [{ value: 'ravi@b.in' }],
      phones: [{ value: '098400 12345' }],
      addresses: [{ street: 'MG Road 1', locality: 'Bengaluru' }],
      tags: ['Wholesale'],
      notes: 'Met at the fair',
    });
    const { mergeId, contact } = contacts.merge(keep.id, [other.id]);
    expect(contact.familyName).toBe('Kumar');
    expect(contact.nickname).toBe('RK');
    expect(contact.emails.map((e) => e.value)).toEqual(['ravi@a.in', 'ravi@b.in']);
    expect(contact.phones.map((p) => p.value)).toEqual(['098400 12345']);
    expect(contact.addresses).toHaveLength(1);
    expect(contact.tags).toEqual(['VIP', 'Wholesale']);
    expect(contact.notes).toBe('Prefers calls\n\nMet at the fair');
    const merged = contacts.get(other.id);
    expect(merged.archivedAtMs).not.toBeNull();
    expect(sqlite.prepare('SELECT merged_into FROM contacts WHERE id = ?').pluck().get(other.id)).toBe(keep.id);
    expect(contacts.search('ravi', 10).items.map((c) => c.id)).toEqual([keep.id]);

    const restored = contacts.undoMerge(mergeId);
    expect(restored.emails.map((e) => e.value)).toEqual(['ravi@a.in']);
    expect(restored.tags).toEqual(['VIP']);
    expect(contacts.get(other.id).archivedAtMs).toBeNull();
    expect(contacts.search('ravi', 10).items).toHaveLength(2);
    expect(() => contacts.undoMerge(mergeId)).toThrow(/already undone/);
  });

  it('takes the fields chosen field by field, without losing anyone\'s emails', () => {
    const keep = make({ givenName: 'Ravi', jobTitle: 'Owner', emails: [{ value: 'ravi@a.in' }] });
    const other = make({ givenName: 'Ravindra', jobTitle: 'Manager', emails: [{ value: 'ravi@b.in' }] });
    const { contact } = contacts.merge(keep.id, [other.id], { givenName: 'Ravindra', jobTitle: 'Owner', emails: [{ value: 'ravi@a.in' }] });
    expect(contact).toMatchObject({ givenName: 'Ravindra', jobTitle: 'Owner' });
    expect(contact.emails.map((e) => e.value).sort()).toEqual(['ravi@a.in', 'ravi@b.in']);
  });

  it('refuses to merge a contact into itself', () => {
    const keep = make({ givenName: 'A' });
    expect(() => contacts.merge(keep.id, [keep.id])).toThrow(/different contact/);
  });
});
