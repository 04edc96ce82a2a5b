import { describe, expect, it } from 'vitest';
import { addressKey, householdName } from './household';

describe('households', () => {
  it('one address however it is written', () => {
    expect(addressKey(['12, M.G. Road ', 'Chennai', '600 001'])).toBe(addressKey(['12 m g road', 'CHENNAI', '600  001']));
    expect(addressKey(['12 MG Road', 'Chennai', '600001'])).not.toBe(addressKey(['14 MG Road', 'Chennai', '600001']));
  });

  it('names the family when family names agree, in their own script', () => {
    expect(householdName([{ displayName: 'Asha Sharma', familyName: 'Sharma' }, { displayName: 'Ravi Sharma', familyName: 'sharma' }])).toBe('The Sharma Family');
    expect(householdName([{ displayName: 'आशा शर्मा', familyName: 'शर्मा' }, { displayName: 'रवि शर्मा', familyName: 'शर्मा' }])).toBe('शर्मा परिवार');
    expect(householdName([{ displayName: 'அ', familyName: 'ராஜன்' }, { displayName: 'ஆ', familyName: 'ராஜன்' }])).toBe('ராஜன் குடும்பம்');
  });

  it('joins the names otherwise', () => {
    expect(householdName([{ displayName: 'Asha Rao', familyName: 'Rao' }, { displayName: 'Vikram Iyer', familyName: 'Iyer' }])).toBe('Asha Rao & Vikram Iyer');
    expect(householdName([{ displayName: 'A', familyName: '' }, { displayName: 'B', familyName: '' }, { displayName: 'C', familyName: '' }])).toBe('A, B & C');
    expect(householdName([{ displayName: 'Solo', familyName: 'X' }])).toBe('Solo');
  });
});
