import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money';

describe('money on screen', () => {
  it('groups Indian rupees in lakhs and crores in en-IN, in the currency\'s own digits', () => {
    expect(formatMoney('en-IN', 12_345_678_50, 'INR')).toBe('₹1,23,45,678.50');
    expect(formatMoney('en-US', 12_345_678_50, 'USD')).toBe('$12,345,678.50');
    expect(formatMoney('en-IN', 1500, 'JPY')).toBe('JP¥1,500');
    expect(formatMoney('en-IN', -5, 'INR')).toBe('-₹0.05');
  });

  it('stays exact beyond what a double can carry in minor units', () => {
    expect(formatMoney('en-US', 9_007_199_254_740_991, 'USD')).toBe('$90,071,992,547,409.91');
  });
});
