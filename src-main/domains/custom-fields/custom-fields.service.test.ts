import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createCustomFieldsService, type CustomFieldsService } from './custom-fields.service';

let sqlite: Sqlite;
let contacts: ContactsService;
let fields: CustomFieldsService;

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  contacts = createContactsService(sqlite, events, writer);
  fields = createCustomFieldsService({ sqlite, events, writer, reindexContact: (id) => contacts.reindex(id) });
});

const person = (givenName: string) => contacts.create(ContactFields.parse({ givenName })).id;

describe('custom fields', () => {
  it('stores each type checked and reads it back as typed', () => {
    const id = person('Asha');
    const f = {
      text: fields.create({ name: 'Nickname at school', type: 'text', options: [] }),
      number: fields.create({ name: 'Shoe size', type: 'number', options: [] }),
      date: fields.create({ name: 'Joined', type: 'date', options: [] }),
      single: fields.create({ name: 'Tier', type: 'singleChoice', options: ['Gold', 'Silver'] }),
      multi: fields.create({ name: 'Interests', type: 'multiChoice', options: ['Saree', 'Kurta', 'Dupatta'] }),
      check: fields.create({ name: 'Wholesale', type: 'checkbox', options: [] }),
      url: fields.create({ name: 'Shop page', type: 'url', options: [] }),
    };
    const { values } = fields.setValues(id, {
      [f.text.id]: ' Ashu ',
      [f.number.id]: '1,250.5',
      [f.date.id]: '2024-02-29',
      [f.single.id]: 'gold',
      [f.multi.id]: ['Dupatta', 'Saree', 'Saree'],
      [f.check.id]: true,
      [f.url.id]: 'asha.example.in/shop',
    });
    expect(values).toEqual({
      [f.text.id]: 'Ashu',
      [f.number.id]: 1250.5,
      [f.date.id]: '2024-02-29',
      [f.single.id]: 'Gold',
      [f.multi.id]: ['Saree', 'Dupatta'],
      [f.check.id]: true,
      [f.url.id]: 'https://asha.example.in/shop',
    });
    expect(fields.list().items.map((x) => x.name)).toEqual(['Nickname at school', 'Shoe size', 'Joined', 'Tier', 'Interests', 'Wholesale', 'Shop page']);
  });

  it('refuses a value of the wrong type and changes nothing in that write', () => {
    const id = person('Ravi');
    const size = fields.create({ name: 'Size', type: 'number', options: [] });
    const date = fields.create({ name: 'Joined', type: 'date', options: [] });
    const tier = fields.create({ name: 'Tier', type: 'singleChoice', options: ['Gold'] });
    expect(() => fields.setValues(id, { [size.id]: 'twelve' })).toThrow(/Size: Enter a number/);
    expect(() => fields.setValues(id, { [date.id]: '2023-02-29' })).toThrow(/YYYY-MM-DD/);
    expect(() => fields.setValues(id, { [size.id]: 4, [tier.id]: 'Platinum' })).toThrow(/Choose one/);
    expect(fields.valuesOf(id).values).toEqual({});
  });

  it('clears a value with null or an empty value, and unchecks a checkbox', () => {
    const id = person('Meena');
    const note = fields.create({ name: 'Note', type: 'text', options: [] });
    const vip = fields.create({ name: 'VIP', type: 'checkbox', options: [] });
    fields.setValues(id, { [note.id]: 'x', [vip.id]: true });
    fields.setValues(id, { [note.id]: '', [vip.id]: false });
    expect(fields.valuesOf(id).values).toEqual({});
  });

  it('makes values searchable, and a removed field takes its values out of search until restored', () => {
    const id = person('Lakshmi');
    const city = fields.create({ name: 'Native place', type: 'text', options: [] });
    fields.setValues(id, { [city.id]: 'Kanchipuram' });
    expect(contacts.search('kanchipu', 10).items.map((c) => c.id)).toEqual([id]);
    fields.remove(city.id);
    expect(contacts.search('kanchipu', 10).items).toEqual([]);
    expect(fields.list().items).toEqual([]);
    fields.restore(city.id);
    expect(contacts.search('kanchipu', 10).items.map((c) => c.id)).toEqual([id]);
  });

  it('keeps names unique, choice fields need choices, and reorders', () => {
    const a = fields.create({ name: 'Tier', type: 'text', options: [] });
    expect(() => fields.create({ name: 'tier', type: 'number', options: [] })).toThrow(/already a field/);
    const b = fields.create({ name: 'Colour', type: 'singleChoice', options: ['Red'] });
    expect(() => fields.update(b.id, 'Colour', [])).toThrow(/at least one choice/);
    expect(fields.reorder([b.id, a.id]).items.map((f) => f.name)).toEqual(['Colour', 'Tier']);
  });

  it('takes imported text by field name and hands back what fits no field', () => {
    const id = person('Gita');
    fields.create({ name: 'Membership', type: 'multiChoice', options: ['Gold', 'Silver'] });
    fields.create({ name: 'Visits', type: 'number', options: [] });
    const leftover = fields.setTextByName(id, { membership: 'Gold; Silver', Visits: 'many', Spouse: 'Raj' });
    expect(leftover).toEqual({ Visits: 'many', Spouse: 'Raj' });
    expect(fields.textByName(id)).toEqual({ Membership: 'Gold, Silver' });
  });

  it('gives the filter SQL of a field, which finds the right contacts', () => {
    const a = person('A');
    const b = person('B');
    const size = fields.create({ name: 'Size', type: 'number', options: [] });
    fields.setValues(a, { [size.id]: 9 });
    fields.setValues(b, { [size.id]: 10 });
    const { sql, params } = fields.filterSql(size.id, 'gte', 10);
    expect(sqlite.prepare(`SELECT c.id FROM contacts c WHERE ${sql}`).pluck().all(...params)).toEqual([b]);
  });
});
