import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createCustomFieldsService, type CustomFieldsService } from '../custom-fields';
import { createRelationshipsService, type RelationshipsService } from './relationships.service';

let contacts: ContactsService;
let relationships: RelationshipsService;
let customFields: CustomFieldsService;

beforeEach(async () => {
  const sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
  relationships = createRelationshipsService(sqlite, events, writer);
  customFields = createCustomFieldsService({ sqlite, events, writer, reindexContact: (id) => contacts.reindex(id) });
});

const person = (givenName: string) => contacts.create(ContactFields.parse({ givenName })).id;
const seenFrom = (id: string) => relationships.listFor(id).items.map((r) => `${r.role}${r.customLabel ? `(${r.customLabel})` : ''} ${r.other.displayName}`);

describe('relationships', () => {
  it('reads from both sides with the inverse wording', () => {
    const raj = person('Raj');
    const priya = person('Priya');
    const asha = person('Asha');
    const vikram = person('Vikram');
    relationships.add({ fromContactId: raj, toContactId: priya, kind: 'spouse', customLabel: '' });
    relationships.add({ fromContactId: raj, toContactId: asha, kind: 'parent', customLabel: '' });
    relationships.add({ fromContactId: vikram, toContactId: raj, kind: 'referredBy', customLabel: '' });
    relationships.add({ fromContactId: asha, toContactId: vikram, kind: 'custom', customLabel: 'Mentor of' });
    expect(seenFrom(raj)).toEqual(['spouseOf Priya', 'parentOf Asha', 'referred Vikram']);
    expect(seenFrom(priya)).toEqual(['spouseOf Raj']);
    expect(seenFrom(asha)).toEqual(['childOf Raj', 'custom(Mentor of) Vikram']);
    expect(seenFrom(vikram)).toEqual(['referredBy Raj', 'custom(Mentor of) Asha']);
  });

  it('adds the same relationship once, even written from the other side for spouses', () => {
    const raj = person('Raj');
    const priya = person('Priya');
    const first = relationships.add({ fromContactId: raj, toContactId: priya, kind: 'spouse', customLabel: '' });
    expect(relationships.add({ fromContactId: priya, toContactId: raj, kind: 'spouse', customLabel: '' })).toEqual(first);
    expect(seenFrom(raj)).toHaveLength(1);
  });

  it('refuses a contact related to themselves or an unknown contact', () => {
    const raj = person('Raj');
    expect(() => relationships.add({ fromContactId: raj, toContactId: raj, kind: 'spouse', customLabel: '' })).toThrow(/themselves/);
    expect(() => relationships.add({ fromContactId: raj, toContactId: '0190f0f0-0000-7000-8000-000000000000', kind: 'spouse', customLabel: '' })).toThrow(/No contact/);
  });

  it('removes from both sides and restores with undo', () => {
    const raj = person('Raj');
    const priya = person('Priya');
    const { id } = relationships.add({ fromContactId: raj, toContactId: priya, kind: 'worksFor', customLabel: '' });
    relationships.remove(id);
    expect(seenFrom(raj)).toEqual([]);
    expect(seenFrom(priya)).toEqual([]);
    relationships.restore(id);
    expect(seenFrom(priya)).toEqual(['employs Raj']);
  });

  it('moves to the kept contact on merge, drops the one between the merged pair, and undo puts everything back', () => {
    const raj = person('Raj');
    const rajDuplicate = person('Raj K');
    const priya = person('Priya');
    const asha = person('Asha');
    relationships.add({ fromContactId: rajDuplicate, toContactId: priya, kind: 'spouse', customLabel: '' });
    relationships.add({ fromContactId: asha, toContactId: rajDuplicate, kind: 'referredBy', customLabel: '' });
    relationships.add({ fromContactId: raj, toContactId: rajDuplicate, kind: 'custom', customLabel: 'Same as' });
    const tier = customFields.create({ name: 'Tier', type: 'singleChoice', options: ['Gold'] });
    customFields.setValues(rajDuplicate, { [tier.id]: 'Gold' });

    const { mergeId } = contacts.merge(raj, [rajDuplicate]);
    expect(seenFrom(raj)).toEqual(['spouseOf Priya', 'referred Asha']);
    expect(seenFrom(priya)).toEqual(['spouseOf Raj']);
    expect(seenFrom(asha)).toEqual(['referredBy Raj']);
    expect(customFields.valuesOf(raj).values).toEqual({ [tier.id]: 'Gold' });
    expect(contacts.search('gold', 5).items.map((c) => c.id)).toEqual([raj]);

    contacts.undoMerge(mergeId);
    expect(seenFrom(raj)).toEqual(['custom(Same as) Raj K']);
    expect(seenFrom(priya)).toEqual(['spouseOf Raj K']);
    expect(customFields.valuesOf(raj).values).toEqual({});
    expect(customFields.valuesOf(rajDuplicate).values).toEqual({ [tier.id]: 'Gold' });
  });
});
