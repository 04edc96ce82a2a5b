import { describe, expect, it } from 'vitest';
import { addressLines } from './address-lines';

const address = { id: 'a', label: 'work', street: '', locality: '', region: '', postalCode: '', country: '' };

describe('addressLines', () => {
  it('puts street lines first, then city, region and PIN, then the country', () => {
    expect(addressLines({ ...address, street: '12 Gandhi Marg\nSecond floor', locality: 'New Delhi', region: 'Delhi', postalCode: '110001', country: 'India' })).toEqual([
      '12 Gandhi Marg',
      'Second floor',
      'New Delhi, Delhi 110001',
      'India',
    ]);
  });

  it('leaves out what is missing', () => {
    expect(addressLines({ ...address, locality: 'சென்னை' })).toEqual(['சென்னை']);
    expect(addressLines({ ...address, postalCode: '600001', country: 'IN' })).toEqual(['600001', 'IN']);
    expect(addressLines(address)).toEqual([]);
  });
});
