import { describe, expect, it } from 'vitest';
import type { FilterFieldInfo } from '../../../src-shared/contract/segments';
import { fromFilter, newCondition, toCondition, toFilter, valueShape } from './filter-draft';

const fields: FilterFieldInfo[] = [
  { key: 'city', kind: 'text', label: null, isMultiValued: true, options: [] },
  { key: 'stage', kind: 'choice', label: null, isMultiValued: false, options: ['lead', 'customer'] },
  { key: 'created', kind: 'date', label: null, isMultiValued: false, options: [] },
  { key: 'birthdayMonth', kind: 'month', label: null, isMultiValued: false, options: [] },
];

describe('filter draft', () => {
  it('starts a condition with its kind’s first op and an empty value', () => {
    expect(newCondition('city', 'text')).toMatchObject({ field: 'city', op: 'contains', value: '' });
    expect(newCondition('created', 'date')).toMatchObject({ op: 'between', value: { from: '', to: '' } });
  });

  it('sends only finished conditions, with values of the right type', () => {
    const draft = {
      match: 'any' as const,
      conditions: [
        { key: 1, field: 'city', op: 'is' as const, value: '  Chennai ' },
        { key: 2, field: 'city', op: 'is' as const, value: ' ' },
        { key: 3, field: '', op: '' as const, value: '' },
        { key: 4, field: 'stage', op: 'isAnyOf' as const, value: [] },
        { key: 5, field: 'created', op: 'between' as const, value: { from: '2026-02-01', to: '2026-01-01' } },
        { key: 6, field: 'created', op: 'inLastDays' as const, value: '30' },
        { key: 7, field: 'birthdayMonth', op: 'inMonth' as const, value: '3' },
        { key: 8, field: 'city', op: 'inMonth' as const, value: '3' },
        { key: 9, field: 'stage', op: 'isEmpty' as const, value: '' },
        { key: 10, field: 'created', op: 'inLastDays' as const, value: '0' },
      ],
    };
    expect(toFilter(draft, fields)).toEqual({
      match: 'any',
      conditions: [
        { field: 'city', op: 'is', value: 'Chennai' },
        { field: 'created', op: 'inLastDays', value: 30 },
        { field: 'birthdayMonth', op: 'inMonth', value: 3 },
        { field: 'stage', op: 'isEmpty' },
      ],
    });
  });

  it('round-trips a saved filter', () => {
    const filter = { match: 'all' as const, conditions: [{ field: 'created', op: 'inLastDays' as const, value: 7 }, { field: 'stage', op: 'isAnyOf' as const, value: ['lead'] }] };
    expect(toFilter(fromFilter(filter), fields)).toEqual(filter);
    expect(toCondition({ key: 1, field: 'unknown', op: 'is', value: 'x' }, fields)).toBeNull();
    expect(valueShape('between')).toBe('range');
  });
});
