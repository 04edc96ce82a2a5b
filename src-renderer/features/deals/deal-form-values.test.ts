import { describe, expect, it } from 'vitest';
import { formValuesOf, toDealFields } from './deal-form-values';

describe('the deal form', () => {
  it('turns a typed amount into minor units and an empty probability into "follow the stage"', () => {
    const result = toDealFields({ ...formValuesOf(undefined), title: ' Solar ', value: '1,23,456.7', currency: 'inr' });
    expect(result).toMatchObject({ fields: { title: 'Solar', valueMinor: 12_345_670, currency: 'INR', probability: null, expectedCloseDate: null } });
  });

  it('names every wrong field', () => {
    const result = toDealFields({ ...formValuesOf(undefined), value: '12.345', currency: 'RUPEES', probability: '101' });
    expect(result).toEqual({ errors: { title: 'titleNeeded', currency: 'currencyInvalid', value: 'valueInvalid', probability: 'probabilityInvalid' } });
  });
});
