import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits, minorToText, parseMinor, weightedMinor } from './deal-money';

describe('money in minor units', () => {
  it('parses typed amounts per currency without floating point', () => {
    expect(parseMinor('12500.50', 'INR')).toBe(1_250_050);
    expect(parseMinor('1,23,45,678.5', 'INR')).toBe(12_345_678_50);
    expect(parseMinor('0.1', 'USD')).toBe(10);
    expect(parseMinor('0.29', 'USD')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(parseMinor('1500', 'JPY')).toBe(1500);
    expect(parseMinor('1.5', 'JPY')).toBeNull();
    expect(parseMinor('1.234', 'KWD')).toBe(1234);
    expect(parseMinor('-5', 'INR')).toBeNull();
    expect(parseMinor('12.345', 'INR')).toBeNull();
    expect(parseMinor('abc', 'INR')).toBeNull();
    expect(minorDigits('XYZ-not-a-code')).toBe(2);
  });

  it('writes back what it parsed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.constantFrom('INR', 'USD', 'JPY', 'KWD'), (minor, currency) => {
        expect(parseMinor(minorToText(minor, currency), currency)).toBe(minor);
      }),
    );
    expect(minorToText(5, 'INR')).toBe('0.05');
  });

  it('weights by percent rounding half up, once', () => {
    expect(weightedMinor(15 * 10)).toBe(2); // three 5-paise deals at 10 %: 1.5 paise → 2
    expect(weightedMinor(149)).toBe(1);
    expect(weightedMinor(0)).toBe(0);
    expect(weightedMinor(1_000_00 * 75)).toBe(750_00);
  });
});
