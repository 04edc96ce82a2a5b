import { beforeAll, describe, expect, it } from 'vitest';
import { Filter, FIELD_KIND_OPS, type FilterInput } from '../../../src-shared/contract/segments';
import { AppError } from '../../rpc/app-error';
import { addPeople, DAY_MS, segmentsFixture, TODAY_MS } from './segments.test-fixture';

let fixture: Awaited<ReturnType<typeof segmentsFixture>>;
const ROBERT = "Robert'); DROP TABLE contacts;--";

beforeAll(async () => {
  fixture = await segmentsFixture();
  addPeople(fixture);
  // Later features add fields with one entry: a number, and a many-valued field with its own parameters.
  fixture.segments.fields.register({ key: 'givenLength', kind: 'number', source: { scalar: 'length(c.given_name)' } });
  fixture.segments.fields.register({
    key: 'workEmail',
    kind: 'text',
    source: { rows: { table: 'contact_emails', value: 'x.value', where: 'x.label = ?', whereParams: ['work'] } },
  });
});

/** Given names of the contacts matching, sorted. */
function names(input: FilterInput): string[] {
  const filter = Filter.parse(input);
  const { items } = fixture.segments.service.contacts({ segmentId: null, filter }, { column: 'name', direction: 'asc' }, null, 500);
  const count = fixture.segments.service.count({ segmentId: null, filter }).count;
  expect(count).toBe(items.length);
  return items.map((c) => c.displayName.split(/[\s']/)[0]!).sort();
}
const one = (field: string, op: string, value?: unknown) => names({ conditions: [{ field, op, value } as never] });

describe('filter compilation', () => {
  it('text ops on a contact column, a company name and many-valued child rows', () => {
    expect(one('jobTitle', 'contains', 'uye')).toEqual(['Asha']);
    expect(one('jobTitle', 'notContains', 'uye')).toEqual(['Bala', 'Chitra', 'Robert']);
    expect(one('jobTitle', 'is', 'OWNER')).toEqual(['Bala']);
    expect(one('jobTitle', 'isNot', 'owner')).toEqual(['Asha', 'Chitra', 'Robert']);
    expect(one('jobTitle', 'startsWith', 'bu')).toEqual(['Asha']);
    expect(one('jobTitle', 'isEmpty')).toEqual(['Chitra', 'Robert']);
    expect(one('jobTitle', 'isNotEmpty')).toEqual(['Asha', 'Bala']);
    expect(one('company', 'is', 'sharma textiles')).toEqual(['Asha']);
    expect(one('company', 'isEmpty')).toEqual(['Bala', 'Chitra', 'Robert']);
    expect(one('city', 'is', 'chennai')).toEqual(['Asha']);
    expect(one('city', 'isNot', 'Chennai')).toEqual(['Bala', 'Chitra', 'Robert']);
    expect(one('region', 'startsWith', 'Maha')).toEqual(['Bala']);
    expect(one('postalCode', 'startsWith', '6000')).toEqual(['Asha']);
    expect(one('country', 'is', 'india')).toEqual(['Asha', 'Bala']);
    expect(one('address', 'contains', 'tamil nadu')).toEqual(['Asha']);
    expect(one('name', 'contains', 'murug')).toEqual(['Bala']);
    expect(one('owner', 'is', 'ravi')).toEqual(['Asha']);
    expect(one('source', 'contains', 'walk')).toEqual(['Bala']);
  });

  it('has / has no email, phone and postal address', () => {
    expect(one('email', 'isNotEmpty')).toEqual(['Asha', 'Chitra']);
    expect(one('email', 'isEmpty')).toEqual(['Bala', 'Robert']);
    expect(one('phone', 'isNotEmpty')).toEqual(['Asha', 'Bala']);
    expect(one('phone', 'isEmpty')).toEqual(['Chitra', 'Robert']);
    expect(one('phone', 'contains', '+919444012345')).toEqual(['Asha']);
    expect(one('address', 'isNotEmpty')).toEqual(['Asha', 'Bala', 'Robert']);
    expect(one('address', 'isEmpty')).toEqual(['Chitra']);
    expect(one('email', 'contains', '@example.com')).toEqual(['Chitra']);
  });

  it('choice ops: stage and language', () => {
    expect(one('stage', 'is', 'customer')).toEqual(['Asha']);
    expect(one('stage', 'isNot', 'customer')).toEqual(['Bala', 'Chitra', 'Robert']);
    expect(one('stage', 'isAnyOf', ['lead', 'prospect'])).toEqual(['Bala', 'Robert']);
    expect(one('stage', 'isNoneOf', ['lead', 'prospect'])).toEqual(['Asha', 'Chitra']);
    expect(one('stage', 'isEmpty')).toEqual(['Chitra']);
    expect(one('stage', 'isNotEmpty')).toEqual(['Asha', 'Bala', 'Robert']);
    expect(one('language', 'is', 'ta')).toEqual(['Asha']);
  });

  it('tags: has, has not, any, none (case-insensitive, as tags are)', () => {
    expect(one('tag', 'has', 'VIP')).toEqual(['Asha', 'Bala']);
    expect(one('tag', 'hasNot', 'vip')).toEqual(['Chitra', 'Robert']);
    expect(one('tag', 'isNotEmpty')).toEqual(['Asha', 'Bala', 'Robert']);
    expect(one('tag', 'isEmpty')).toEqual(['Chitra']);
    expect(one('tag', 'has', 'diwali')).toEqual(['Asha']);
  });

  it('dates: between, before, after, in the last days; birthday month; flags; numbers', () => {
    const day = (offset: number) => {
      const d = new Date(TODAY_MS + offset * DAY_MS);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(one('created', 'between', { from: day(-10), to: day(-2) })).toEqual(['Bala', 'Chitra']);
    expect(one('created', 'before', day(-10))).toEqual(['Asha']);
    expect(one('created', 'after', day(-2))).toEqual(['Robert']);
    expect(one('created', 'inLastDays', 5)).toEqual(['Chitra', 'Robert']);
    expect(one('updated', 'isNotEmpty')).toHaveLength(4);
    expect(one('updated', 'isEmpty')).toEqual([]);
    expect(one('birthdayMonth', 'inMonth', 3)).toEqual(['Asha', 'Bala']);
    expect(one('birthdayMonth', 'inMonth', 4)).toEqual([]);
    expect(one('birthdayMonth', 'isEmpty')).toEqual(['Chitra', 'Robert']);
    expect(one('birthdayMonth', 'isNotEmpty')).toEqual(['Asha', 'Bala']);
    expect(one('doNotContact', 'isTrue')).toEqual(['Bala']);
    expect(one('doNotContact', 'isFalse')).toEqual(['Asha', 'Chitra', 'Robert']);
    expect(one('doNotMail', 'isTrue')).toEqual(['Asha']);
    expect(one('givenLength', 'equals', 4)).toEqual(['Asha', 'Bala']);
    expect(one('givenLength', 'lessThan', 5)).toEqual(['Asha', 'Bala']);
    expect(one('givenLength', 'greaterThan', 5)).toEqual(['Chitra', 'Robert']);
    expect(one('givenLength', 'isNotEmpty')).toHaveLength(4);
    expect(one('givenLength', 'isEmpty')).toEqual([]);
  });

  it('every op of every kind is covered above', () => {
    const used = new Set(['contains', 'notContains', 'is', 'isNot', 'startsWith', 'isEmpty', 'isNotEmpty', 'isAnyOf', 'isNoneOf', 'has', 'hasNot', 'between', 'before', 'after', 'inLastDays', 'inMonth', 'isTrue', 'isFalse', 'equals', 'lessThan', 'greaterThan']);
    expect(Object.values(FIELD_KIND_OPS).flat().filter((op) => !used.has(op))).toEqual([]);
  });

  it('combines conditions with all or any', () => {
    const conditions = [
      { field: 'tag', op: 'has', value: 'VIP' },
      { field: 'city', op: 'is', value: 'Mumbai' },
    ] as const;
    expect(names({ match: 'all', conditions: [...conditions] })).toEqual(['Bala']);
    expect(names({ match: 'any', conditions: [...conditions] })).toEqual(['Asha', 'Bala']);
    expect(names({ conditions: [] })).toHaveLength(4);
  });

  it('a registered field with its own parameters', () => {
    fixture.add({ givenName: 'Deepa', emails: [{ label: 'work', value: 'deepa@firm.in' }, { label: 'home', value: 'd@home.in' }] });
    expect(one('workEmail', 'contains', 'firm')).toEqual(['Deepa']);
    expect(one('workEmail', 'contains', 'home')).toEqual([]);
    fixture.contacts.setArchived(fixture.contacts.search('Deepa', 1).items[0]!.id, true);
  });

  it('keeps SQL injection attempts and wildcards literal', () => {
    expect(one('name', 'is', ROBERT)).toEqual(['Robert']);
    expect(one('name', 'is', "x' OR '1'='1")).toEqual([]);
    expect(one('name', 'contains', "'); DROP TABLE contacts;--")).toEqual(['Robert']);
    expect(one('city', 'contains', '%')).toEqual(['Robert']);
    expect(one('city', 'contains', '_')).toEqual(['Robert']);
    expect(one('city', 'is', 'a_b%c')).toEqual([]);
    expect(one('tag', 'has', '100%_off')).toEqual(['Robert']);
    expect(one('tag', 'has', '100%')).toEqual([]);
    expect(one('language', 'isAnyOf', ['ta"]', "') OR 1=1 --"])).toEqual([]);
    expect(one('language', 'isAnyOf', ['ta"]', 'ta'])).toEqual(['Asha']);
    expect(fixture.sqlite.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(5);
  });

  it('rejects unknown fields, ops a field cannot use and values it does not have, with the condition named', () => {
    const error = (input: FilterInput) => {
      try {
        names(input);
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        return (e as AppError).message;
      }
      throw new Error('expected an error');
    };
    expect(error({ conditions: [{ field: 'city) OR 1=1 --', op: 'isEmpty' }] })).toBe('filter.conditions.0: Sampark has no field "city) OR 1=1 --" to filter on');
    expect(error({ conditions: [{ field: 'city', op: 'isEmpty' }, { field: 'city', op: 'inMonth', value: 3 }] })).toMatch(
      /^filter\.conditions\.1: "city" cannot use "inMonth"; it allows contains, /,
    );
    expect(error({ conditions: [{ field: 'stage', op: 'is', value: 'vip' }] })).toBe(
      'filter.conditions.0: "vip" is not a stage; use one of lead, prospect, customer, inactive',
    );
  });

  it('rejects malformed values in the contract', () => {
    const issue = (input: unknown) => Filter.safeParse(input).error?.issues[0];
    expect(issue({ conditions: [{ field: 'city', op: 'is', value: '' }] })?.message).toBe('Enter a value');
    expect(issue({ conditions: [{ field: 'created', op: 'between', value: { from: '2026-03-01', to: '2026-02-01' } }] })?.message).toBe(
      'The first date must not be after the second',
    );
    expect(issue({ conditions: [{ field: 'created', op: 'before', value: '31/03/2026' }] })?.message).toBe('Use a date like 2026-03-31');
    expect(issue({ conditions: [{ field: 'city', op: 'like', value: '%' }] })?.path).toEqual(['conditions', 0, 'op']);
  });
});
