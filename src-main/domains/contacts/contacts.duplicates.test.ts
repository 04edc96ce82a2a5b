import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from './contacts.service';

let contacts: ContactsService;
const make = (input: ContactFieldsInput) => contacts.create(ContactFields.parse(input)).id;
const pairsOf = (limit: number) => contacts.duplicateCandidates(limit).items.map((p) => ({ ids: [p.a.id, p.b.id], score: p.score }));

beforeEach(async () => {
  const sqlite = await openMemoryDatabase();
  contacts = createContactsService(sqlite, new EventBus(), createChangeWriter(sqlite));
});

describe('duplicate candidates', () => {
  it('ranks stronger reasons first, ties in id order, and fills the list with name-only pairs when needed', () => {
    const e1 = make({ givenName: 'Asha', emails: [{ value: 'asha@example.in' }] });
    const e2 = make({ givenName: 'A. Verma', emails: [{ value: 'ASHA@example.in' }] });
    const n1 = make({ givenName: 'Ravi' });
    const n2 = make({ givenName: 'ravi' });
    const n3 = make({ givenName: 'Ravi' });
    expect(pairsOf(10)).toEqual([
      { ids: [e1, e2], score: 100 },
      { ids: [n1, n2], score: 50 },
      { ids: [n1, n3], score: 50 },
      { ids: [n2, n3], score: 50 },
    ]);
    expect(pairsOf(2)).toEqual([
      { ids: [e1, e2], score: 100 },
      { ids: [n1, n2], score: 50 },
    ]);
    expect(pairsOf(1)).toEqual([{ ids: [e1, e2], score: 100 }]);
  });

  it('ignores archived contacts and keys shared by more than twelve contacts', () => {
    for (let i = 0; i < 13; i++) make({ givenName: 'Office', phones: [{ value: '044 2434 0000' }] });
    const a = make({ givenName: 'Meena', phones: [{ value: '+91 98400 11111' }] });
    const b = make({ givenName: 'Meena Rao', phones: [{ value: '098400 11111' }] });
    expect(pairsOf(10)).toEqual([{ ids: [a, b], score: 90 }]);
    contacts.setArchived(b, true);
    expect(pairsOf(10)).toEqual([]);
  });
});
