import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { SORT_COLUMNS, type ListCursor } from '../../../src-shared/contract/segments';
import { createRandom } from '../../seed/random';
import { addPeople, DAY_MS, segmentsFixture, TODAY_MS } from './segments.test-fixture';

let fixture: Awaited<ReturnType<typeof segmentsFixture>>;

beforeEach(async () => {
  fixture = await segmentsFixture();
});

const vip = { match: 'all' as const, conditions: [{ field: 'tag', op: 'has' as const, value: 'VIP' }] };

describe('saved segments', () => {
  it('are evaluated when used, so they follow later edits', () => {
    const { asha, chitra } = addPeople(fixture);
    const { service } = fixture.segments;
    const segment = service.create({ name: 'VIPs', filter: vip });
    const members = () => service.contacts({ segmentId: segment.id, filter: null }, { column: 'name', direction: 'asc' }, null, 100).items.map((c) => c.id);
    expect(members()).toHaveLength(2);
    fixture.contacts.update(chitra.id, ContactFields.parse({ givenName: 'Chitra', tags: ['VIP'] }));
    expect(members()).toContain(chitra.id);
    fixture.contacts.setArchived(asha.id, true);
    expect(members()).not.toContain(asha.id);
    expect(service.count({ segmentId: segment.id, filter: null }).count).toBe(2);
    // A segment narrowed further by a filter as built.
    expect(service.count({ segmentId: segment.id, filter: { match: 'all', conditions: [{ field: 'city', op: 'is', value: 'Mumbai' }] } }).count).toBe(1);
  });

  it('keep names distinct, refuse filters that cannot run, and come back after delete', () => {
    const { service } = fixture.segments;
    const segment = service.create({ name: 'VIPs', filter: vip });
    expect(() => service.create({ name: ' vips ', filter: vip })).toThrow('There is already a segment called "VIPs"');
    expect(() => service.create({ name: 'Bad', filter: { match: 'all', conditions: [{ field: 'shoeSize', op: 'isEmpty' }] } })).toThrow(/no field "shoeSize"/);
    expect(service.update(segment.id, { name: 'Very important', filter: vip }).name).toBe('Very important');
    service.delete(segment.id);
    expect(service.list()).toEqual([]);
    expect(() => service.get(segment.id)).toThrow(/No segment/);
    expect(service.restore(segment.id).name).toBe('Very important');
    expect(service.byName('VERY IMPORTANT').id).toBe(segment.id);
    expect(() => service.byName('nobody')).toThrow('No segment called "nobody"');
  });

  it('are written through the change writer, so they sync', () => {
    const segment = fixture.segments.service.create({ name: 'VIPs', filter: vip });
    const queued = fixture.sqlite.prepare(`SELECT cells FROM sync_outbox WHERE tbl = 'segments' AND row = ?`).pluck().all(segment.id) as string[];
    expect(queued.map((cells) => JSON.parse(cells) as Record<string, unknown>)).toEqual([expect.objectContaining({ name: 'VIPs', filter: JSON.stringify(vip) })]);
  });
});

describe('sorted contact pages', () => {
  it('page by every column, both ways, exactly as one long page does', () => {
    const random = createRandom(3);
    const companies = ['Zeta Traders', 'Alpha Agencies', 'मेहता स्टोर'].map((name) =>
      fixture.companies.create({ name, website: '', industry: '', phone: '', city: '', notes: '' }),
    );
    const pick = <T,>(items: readonly T[]) => random.pick(items);
    for (let i = 0; i < 90; i++) {
      fixture.add(
        {
          givenName: pick(['Asha', 'Bala', 'Chitra', 'देव', 'முருகன்']),
          familyName: `F${i % 7}`,
          companyId: random.chance(0.7) ? pick(companies) : null,
          jobTitle: pick(['', 'Owner', 'Buyer']),
          emails: random.chance(0.5) ? [{ value: `p${i}@example.in` }] : [],
          phones: random.chance(0.5) ? [{ value: `98765${String(i).padStart(5, '0')}` }] : [],
          addresses: random.chance(0.5) ? [{ locality: pick(['Chennai', 'Pune', 'Madurai']) }] : [],
          lifecycleStage: pick(['', 'lead', 'customer']),
          owner: pick(['', 'Ravi', 'Meena']),
          source: pick(['', 'Fair']),
          preferredLanguage: pick(['', 'hi']),
        },
        TODAY_MS - random.int(5) * DAY_MS,
      );
    }
    const { service } = fixture.segments;
    const scope = { segmentId: null, filter: { match: 'any' as const, conditions: [{ field: 'stage', op: 'isNot' as const, value: 'lead' }] } };
    for (const column of SORT_COLUMNS) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { column, direction };
        const whole = service.contacts(scope, sort, null, 500).items.map((c) => c.id);
        const paged: string[] = [];
        let after: ListCursor | null = null;
        do {
          const page: { items: { id: string }[]; nextCursor: ListCursor | null } = service.contacts(scope, sort, after, 7);
          paged.push(...page.items.map((c) => c.id));
          after = page.nextCursor;
        } while (after);
        expect(paged, `${column} ${direction}`).toEqual(whole);
        expect(whole).toHaveLength(service.count(scope).count);
      }
    }
    const byStage = service.contacts({ segmentId: null, filter: null }, { column: 'stage', direction: 'asc' }, null, 500).items.map((c) => c.lifecycleStage);
    expect(byStage.indexOf('customer')).toBeGreaterThan(byStage.lastIndexOf('lead'));
    expect(byStage.at(-1)).toBe('');
  });

  it('carry the list columns', () => {
    addPeople(fixture);
    const [asha] = fixture.segments.service.contacts({ segmentId: null, filter: null }, { column: 'name', direction: 'asc' }, null, 1).items;
    expect(asha).toMatchObject({ displayName: 'Asha Iyer', companyName: 'Sharma Textiles', city: 'Chennai', lifecycleStage: 'customer', owner: 'Ravi', source: 'Referral', preferredLanguage: 'ta', tags: ['Diwali', 'VIP'] });
  });
});
