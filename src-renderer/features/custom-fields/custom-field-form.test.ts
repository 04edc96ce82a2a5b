import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../src-shared/contract/custom-fields';
import { toCustomSubmission, toFormValue } from './custom-field-form';

const field = (type: CustomField['type'], options: string[] = []): CustomField => ({ id: `0190f0f0-0000-7000-8000-00000000000${type.length % 10}`, name: type, type, options });

describe('custom field form', () => {
  it('holds numbers as text while typing and checks them on submit', () => {
    const size = field('number');
    expect(toFormValue(size, 12)).toBe('12');
    expect(toCustomSubmission([size], { [size.id]: '12.5' })).toEqual({ values: { [size.id]: '12.5' }, problems: {} });
    expect(toCustomSubmission([size], { [size.id]: 'twelve' }).problems).toEqual({ [size.id]: 'customFields.invalid.number' });
  });

  it('sends an empty field as a clear', () => {
    const tier = field('singleChoice', ['Gold']);
    expect(toCustomSubmission([tier], {}).values).toEqual({ [tier.id]: null });
    const box = field('checkbox');
    expect(toCustomSubmission([box], { [box.id]: false }).values).toEqual({ [box.id]: null });
  });
});
