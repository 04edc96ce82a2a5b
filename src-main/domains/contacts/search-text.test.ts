import { describe, expect, it } from 'vitest';
import { ftsMatchExpression, isShortQuery, searchTokens, sortKey } from './search-text';

describe('sortKey', () => {
  it('folds case and Latin accents but keeps Indic vowel signs', () => {
    expect(sortKey('  José   ÁLVAREZ ')).toBe('jose alvarez');
    expect(sortKey('प्रिया शर्मा')).toBe('प्रिया शर्मा');
    expect(sortKey('கார்த்திக்')).toBe('கார்த்திக்');
  });

  it('orders mixed-script names the way Intl.Collator does', () => {
    const names = ['Zoya Khan', 'arjun Mehta', 'Ánanya Iyer', 'शर्मा', 'अमित', 'கார்த்திக்', 'அருண்', 'Bala'];
    const byKey = [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    const byCollator = [...names].sort(new Intl.Collator('en').compare);
    expect(byKey).toEqual(byCollator);
  });
});

describe('searchTokens and ftsMatchExpression', () => {
  it.each([
    ['"', []],
    ['AND', ['and']],
    ['*', []],
    ["O'Brien", ['o', 'brien']],
    ['docker-compose', ['docker', 'compose']],
    ['NEAR(a b)', ['near', 'a', 'b']],
    ['प्रि', ['प्रि']],
  ])('tokenizes %j safely', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });

  it('quotes and prefix-matches every token', () => {
    expect(ftsMatchExpression(['priya', 'sha'])).toBe('"priya"* "sha"*');
  });

  it('treats one token of up to two characters as a short query', () => {
    expect(isShortQuery(['p'])).toBe(true);
    expect(isShortQuery(['pr'])).toBe(true);
    expect(isShortQuery(['pri'])).toBe(false);
    expect(isShortQuery(['p', 's'])).toBe(false);
  });
});
