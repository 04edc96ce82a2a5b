// Companies, relationships and custom fields through dispatch on real cores, and through sync.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompanyDetail } from '../../src-shared/contract/companies';
import type { ContactDetail } from '../../src-shared/contract/contacts';
import type { CustomField } from '../../src-shared/contract/custom-fields';
import type { RelationshipView } from '../../src-shared/contract/relationships';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}
async function core() {
  const c = await tempCore();
  cores.push(c);
  return c;
}
async function machine(folder: string, name: string) {
  const c = await core();
  await call(c, 'sync.configure', { folder, deviceName: name, passphrase: null });
  return c;
}
const syncNow = (c: Core) => call(c, 'sync.now', { allowMassDelete: false });

describe('the complete Rolodex model', () => {
  it('checks custom values at the boundary, finds contacts by them and exports them', async () => {
    const c = await core();
    const field = await call<CustomField>(c, 'customFields.create', { name: 'Loyalty tier', type: 'singleChoice', options: ['Gold', 'Silver'] });
    const visits = await call<CustomField>(c, 'customFields.create', { name: 'Visits', type: 'number' });
    const asha = await call<ContactDetail>(c, 'contacts.create', { givenName: 'Asha' });
    const bad = await c.dispatch({ id: 1, method: 'customFields.setValues', input: { contactId: asha.id, values: { [visits.id]: 'often' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call(c, 'customFields.setValues', { contactId: asha.id, values: { [field.id]: 'Silver', [visits.id]: 12 } });
    const found = await call<{ items: { id: string }[] }>(c, 'contacts.search', { text: 'silver' });
    expect(found.items.map((i) => i.id)).toEqual([asha.id]);
    const json = JSON.parse((await call<{ content: string }>(c, 'exports.contacts', { format: 'json' })).content) as { contacts: { customFields: unknown }[] };
    expect(json.contacts[0]!.customFields).toEqual({ 'Loyalty tier': 'Silver', Visits: '12' });
    const vcard = (await call<{ content: string }>(c, 'exports.contacts', { format: 'vcard3' })).content;
    expect(vcard).toMatch(/X-SAMPARK-FIELD.*:Silver/);
    const csv = (await call<{ content: string }>(c, 'exports.contacts', { format: 'csv' })).content;
    expect(csv).toContain('Loyalty tier');
  });

  it('imports CSV columns mapped to custom fields into those fields; what does not fit stays in the notes', async () => {
    const c = await core();
    const tier = await call<CustomField>(c, 'customFields.create', { name: 'Loyalty tier', type: 'singleChoice', options: ['Gold', 'Silver'] });
    const csv = 'Name,Email,Tier,Visits\nAsha Rao,asha@example.in,gold,often\n';
    const source = {
      fileName: 'shop.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      csvMapping: { Name: 'displayName', Email: 'emails', Tier: 'customFields:Loyalty tier', Visits: 'customFields:Visits' },
    };
    await call(c, 'imports.run', source);
    const [asha] = (await call<{ items: { id: string }[] }>(c, 'contacts.search', { text: 'gold' })).items;
    expect(asha).toBeDefined();
    expect((await call<{ values: Record<string, unknown> }>(c, 'customFields.valuesOf', { contactId: asha!.id })).values).toEqual({ [tier.id]: 'Gold' });
    expect((await call<ContactDetail>(c, 'contacts.get', { id: asha!.id })).notes).toBe('Visits: often');
  });

  it('carries custom field values through a CSV and a vCard export into another installation', async () => {
    const from = await core();
    const to = await core();
    for (const c of [from, to]) {
      await call(c, 'customFields.create', { name: 'Loyalty tier', type: 'multiChoice', options: ['Gold', 'Silver'] });
      await call(c, 'customFields.create', { name: 'Joined', type: 'date' });
    }
    const fields = (await call<{ items: CustomField[] }>(from, 'customFields.list')).items;
    const asha = await call<ContactDetail>(from, 'contacts.create', { givenName: 'Asha', emails: [{ value: 'asha@example.in' }] });
    await call(from, 'customFields.setValues', { contactId: asha.id, values: { [fields[0]!.id]: ['Gold', 'Silver'], [fields[1]!.id]: '2024-02-29' } });
    for (const format of ['csv', 'vcard3'] as const) {
      const file = await call<{ fileName: string; content: string }>(from, 'exports.contacts', { format });
      await call(to, 'imports.run', { fileName: file.fileName, contentBase64: Buffer.from(file.content).toString('base64') });
      const [imported] = (await call<{ items: { id: string }[] }>(to, 'contacts.search', { text: 'asha' })).items;
      const targetFields = (await call<{ items: CustomField[] }>(to, 'customFields.list')).items;
      const { values } = await call<{ values: Record<string, unknown> }>(to, 'customFields.valuesOf', { contactId: imported!.id });
      expect(values, format).toEqual({ [targetFields[0]!.id]: ['Gold', 'Silver'], [targetFields[1]!.id]: '2024-02-29' });
    }
  });

  it('exports a company with its phones, addresses and tags', async () => {
    const c = await core();
    const company = await call<CompanyDetail>(c, 'companies.create', {
      name: 'Sharma Textiles',
      website: 'sharmatextiles.in',
      phones: [{ label: 'office', value: '0141 222 3344' }, { label: 'mobile', value: '094440 12345' }],
      addresses: [{ label: 'shop', locality: 'Jaipur' }],
      tags: ['Wholesale'],
    });
    await call(c, 'contacts.create', { givenName: 'Raj', companyId: company.id });
    const json = JSON.parse((await call<{ content: string }>(c, 'exports.contacts', { format: 'json' })).content) as { companies: unknown[] };
    expect(json.companies).toEqual([
      expect.objectContaining({
        name: 'Sharma Textiles',
        domain: 'sharmatextiles.in',
        phones: [
          { value: '0141 222 3344', e164: '+911412223344', label: 'office' },
          { value: '094440 12345', e164: '+919444012345', label: 'mobile' },
        ],
        tags: ['Wholesale'],
      }),
    ]);
  });

  it('syncs company children, tags, relationships, custom fields and values to another machine', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
    const a = await machine(folder, 'a');
    const b = await machine(folder, 'b');
    const company = await call<CompanyDetail>(a, 'companies.create', { name: 'Lakshmi Traders', phones: [{ value: '098400 12345' }], tags: ['VIP'] });
    const raj = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Raj', companyId: company.id });
    const priya = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Priya' });
    await call(a, 'relationships.add', { fromContactId: raj.id, toContactId: priya.id, kind: 'spouse' });
    const field = await call<CustomField>(a, 'customFields.create', { name: 'Native place', type: 'text' });
    await call(a, 'customFields.setValues', { contactId: priya.id, values: { [field.id]: 'Madurai' } });
    await syncNow(a);
    await syncNow(b);

    // b edits the company's children while a adds a second address: both survive.
    const onB = await call<CompanyDetail>(b, 'companies.get', { id: company.id });
    expect(onB.phones.map((p) => p.e164)).toEqual(['+919840012345']);
    expect(onB.tags).toEqual(['VIP']);
    await call(b, 'companies.update', { id: company.id, fields: { name: 'Lakshmi Traders', phones: [...onB.phones, { label: 'office', value: '044 2345 6789' }], tags: ['VIP'] } });
    await call(a, 'companies.update', { id: company.id, fields: { name: 'Lakshmi Traders', phones: onB.phones, addresses: [{ label: 'shop', locality: 'Chennai' }], tags: ['VIP', 'Wholesale'] } });
    await syncNow(b);
    await syncNow(a);
    await syncNow(b);
    for (const c of [a, b]) {
      const detail = await call<CompanyDetail>(c, 'companies.get', { id: company.id });
      expect(detail.phones.map((p) => p.value)).toEqual(['098400 12345', '044 2345 6789']);
      expect(detail.addresses.map((x) => x.locality)).toEqual(['Chennai']);
      expect(detail.tags).toEqual(['VIP', 'Wholesale']);
    }
    const seen = await call<{ items: RelationshipView[] }>(b, 'relationships.listFor', { contactId: priya.id });
    expect(seen.items.map((r) => [r.role, r.other.displayName])).toEqual([['spouseOf', 'Raj']]);
    expect((await call<{ items: CustomField[] }>(b, 'customFields.list')).items.map((f) => f.name)).toEqual(['Native place']);
    // The value arrived, and the search index on b was rebuilt for it.
    expect((await call<{ items: { id: string }[] }>(b, 'contacts.search', { text: 'madurai' })).items.map((i) => i.id)).toEqual([priya.id]);
  });
});
