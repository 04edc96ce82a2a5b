import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of two Latin words', () => {
    expect(initials('aarav shah')).toBe('AS');
    expect(initials('Madonna')).toBe('M');
  });

  it('keeps a Devanagari syllable whole and uses only the first word', () => {
    expect(initials('प्रिया शर्मा')).toBe('प्रि');
  });

  it('keeps a Tamil letter with its pulli together with the next one', () => {
    expect(initials('ஸ்ரீ லட்சுமி டெக்ஸ்டைல்ஸ்')).toBe('ஸ்ரீ');
    expect(initials('கார்த்திக் ராஜா')).toBe('கா');
  });

  it('does not break on markup or blank names', () => {
    expect(initials('<img src=x>')).toBe('<');
    expect(initials('  ')).toBe('');
  });
});
