import { describe, expect, it } from 'vitest';
import { checkCustomValue, csvTargetOf, customValueText, readCustomValue } from './custom-fields';

const stored = (type: Parameters<typeof checkCustomValue>[0]['type'], value: Parameters<typeof checkCustomValue>[1], options: string[] = []) => {
  const checked = checkCustomValue({ type, options }, value);
  return checked.ok ? checked.stored : `error: ${checked.message}`;
};

describe('custom field values', () => {
  it('reads checkbox words from files in English, Hindi and Tamil', () => {
    expect(stored('checkbox', 'Yes')).toBe('true');
    expect(stored('checkbox', 'हाँ')).toBe('true');
    expect(stored('checkbox', 'ஆம்')).toBe('true');
    expect(stored('checkbox', 'no')).toBeNull();
    expect(stored('checkbox', 'perhaps')).toMatch(/^error/);
  });

  it('takes web addresses with or without a scheme, never javascript:', () => {
    expect(stored('url', 'example.in/shop')).toBe('https://example.in/shop');
    expect(stored('url', 'http://example.in')).toBe('http://example.in');
    expect(stored('url', 'javascript:alert(1)')).toMatch(/^error/);
    expect(stored('url', 'not a url')).toMatch(/^error/);
  });

  it('splits multiple choices written in a cell and keeps the options’ order and spelling', () => {
    expect(stored('multiChoice', 'silver ::: Gold', ['Gold', 'Silver'])).toBe('["Gold","Silver"]');
    expect(stored('multiChoice', 'Gold; Bronze', ['Gold', 'Silver'])).toMatch(/^error/);
    expect(readCustomValue('multiChoice', '["Gold","Silver"]')).toEqual(['Gold', 'Silver']);
    expect(readCustomValue('multiChoice', 'garbage')).toEqual([]);
  });

  it('accepts only real dates and finite numbers', () => {
    expect(stored('date', '2024-02-29')).toBe('2024-02-29');
    expect(stored('date', '2023-02-29')).toMatch(/^error/);
    expect(stored('number', '1,00,000')).toBe('100000');
    expect(stored('number', Number.POSITIVE_INFINITY)).toMatch(/^error/);
    expect(stored('text', 12)).toMatch(/^error/);
  });

  it('writes values as text for files and names the import target', () => {
    expect(customValueText(['Gold', 'Silver'])).toBe('Gold, Silver');
    expect(customValueText(true)).toBe('yes');
    expect(csvTargetOf({ name: 'Loyalty tier' })).toBe('customFields:Loyalty tier');
  });
});
