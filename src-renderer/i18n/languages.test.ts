import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './languages';

describe('resolveLanguage', () => {
  it('uses an explicit choice whatever the system says', () => {
    expect(resolveLanguage('ta', 'en-US')).toBe('ta');
  });

  it('follows the system locale on auto when Sampark speaks it', () => {
    expect(resolveLanguage('auto', 'hi-IN')).toBe('hi');
    expect(resolveLanguage('auto', 'ta_IN')).toBe('ta');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
  });

  it('falls back to English for other system languages', () => {
    expect(resolveLanguage('auto', 'bn-IN')).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
  });
});
