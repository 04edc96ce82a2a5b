import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money';

describe('formatMoney', () => {
  it('groups rupees in lakhs and crores in en-IN and keeps each currency its own digits', () => {
    expect(formatMoney('en-IN', 12_345_678_50, 'INR')).toBe('₹1,23,45,678.50');
    expect(formatMoney('en-IN', 1500, 'JPY')).toBe('JP¥1,500');
    expect(formatMoney('en-IN', 1_00_000_00, 'USD')).toBe('$1,00,000.00');
    expect(formatMoney('en-US', 1_00_000_00, 'USD')).toBe('$100,000.00');
  });
});
