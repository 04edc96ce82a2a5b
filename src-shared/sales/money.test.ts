import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound, lineAmounts, minorText, parseMinor, parseQtyMilli, qtyText, totalsByCurrency } from './money';

describe('money arithmetic', () => {
  it('rounds half away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n);
    expect(divRound(4n, 10n)).toBe(0n);
    expect(divRound(15n, 10n)).toBe(2n);
    expect(divRound(-5n, 10n)).toBe(-1n);
    expect(divRound(-14n, 10n)).toBe(-1n);
  });

  it('computes a line: amount, discount, tax on the discounted amount, each rounded once', () => {
    // 1.5 kg at ₹333.33 = 499.995 → 500.00; 10 % off = 50.00; 18 % GST on 450.00 = 81.00.
    expect(lineAmounts({ qtyMilli: 1500, unitPriceMinor: 33_333, discountBp: 1000, taxBp: 1800 })).toEqual({
      amountMinor: 50_000,
      discountMinor: 5_000,
      taxMinor: 8_100,
      totalMinor: 53_100,
    });
    // 3 × ₹0.05 with 5 % tax: tax 0.75 paise rounds to 1 paisa.
    expect(lineAmounts({ qtyMilli: 3000, unitPriceMinor: 5, discountBp: 0, taxBp: 500 }).totalMinor).toBe(16);
  });

  it('stays exact where floating point would not (large amounts, 0.1 + 0.2)', () => {
    const big = lineAmounts({ qtyMilli: 999_999_999, unitPriceMinor: 9_999_999_999, discountBp: 0, taxBp: 0 });
    expect(big.amountMinor).toBe(Number(divRound(999_999_999n * 9_999_999_999n, 1000n)));
    expect(lineAmounts({ qtyMilli: 1000, unitPriceMinor: 10, discountBp: 0, taxBp: 0 }).totalMinor + 20).toBe(30);
  });

  it('total = amount − discount + tax for any line, and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (qtyMilli, unitPriceMinor, discountBp, taxBp) => {
        const a = lineAmounts({ qtyMilli, unitPriceMinor, discountBp, taxBp });
        expect(a.totalMinor).toBe(a.amountMinor - a.discountMinor + a.taxMinor);
        expect(a.totalMinor).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(a.totalMinor)).toBe(true);
      }),
    );
  });

  it('reads decimals from text without floats and refuses extra decimals', () => {
    expect(parseQtyMilli('1.5')).toBe(1500);
    expect(parseQtyMilli('2')).toBe(2000);
    expect(parseQtyMilli('0.001')).toBe(1);
    expect(parseQtyMilli('0.0001')).toBeNull();
    expect(parseQtyMilli('-3')).toBe(-3000);
    expect(parseQtyMilli('abc')).toBeNull();
    expect(parseMinor('1,23,456.78', 'INR')).toBe(12_345_678);
    expect(parseMinor('0.1', 'INR')).toBe(10);
    expect(parseMinor('100', 'JPY')).toBe(100);
    expect(parseMinor('1.5', 'JPY')).toBeNull();
    expect(parseMinor('1.234', 'KWD')).toBe(1234);
  });

  it('writes amounts and quantities back as plain decimals', () => {
    expect(minorText(12_345_678, 'INR')).toBe('123456.78');
    expect(minorText(-5, 'INR')).toBe('-0.05');
    expect(minorText(100, 'JPY')).toBe('100');
    expect(qtyText(1500)).toBe('1.5');
    expect(qtyText(2000)).toBe('2');
  });

  it('keeps currencies apart in totals', () => {
    expect(totalsByCurrency([{ currency: 'INR', amountMinor: 100 }, { currency: 'USD', amountMinor: 5 }, { currency: 'INR', amountMinor: 50 }])).toEqual([
      { currency: 'INR', amountMinor: 150 },
      { currency: 'USD', amountMinor: 5 },
    ]);
  });
});
