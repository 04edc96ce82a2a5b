import { describe, expect, it } from 'vitest';
import { draftTotal, emptyLine, productLine, readLine } from './sale-lines';

describe('sale lines as typed', () => {
  it('reads decimals and percentages into integers and totals them live', () => {
    const tea = productLine({ id: '01900000-0000-7000-8000-000000000001', name: 'Tea', unitPriceMinor: 52_000, taxBp: 500, currency: 'INR' }, '2');
    expect(tea.taxPercent).toBe('5');
    expect(readLine(tea, 'INR')).toEqual({ line: { productId: tea.productId, description: 'Tea', qtyMilli: 2000, unitPriceMinor: 52_000, discountBp: 0, taxBp: 500 } });
    const oil = { ...emptyLine(), description: 'Oil', qty: '1.5', price: '155', discountPercent: '10%' };
    expect(draftTotal([tea, oil], 'INR')).toBe(109_200 + 20_925);
  });

  it('names the field that is wrong, and leaves bad lines out of the total', () => {
    expect(readLine({ ...emptyLine(), qty: '-1', price: '10' }, 'INR')).toEqual({ error: 'qty' });
    expect(readLine({ ...emptyLine(), price: '1.234' }, 'INR')).toEqual({ error: 'price' });
    expect(readLine({ ...emptyLine(), price: '1', taxPercent: '120' }, 'INR')).toEqual({ error: 'tax' });
    expect(draftTotal([{ ...emptyLine(), price: 'x' }], 'INR')).toBe(0);
  });
});
