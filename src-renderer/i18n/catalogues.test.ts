import { describe, expect, it } from 'vitest';
import { en, hi, ta } from './catalogues';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = flatten(en);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
// Brand names and words every language writes the same way.
const SAME_IN_EVERY_LANGUAGE = new Set(['app.title', 'settings.data.version']);

describe.each([
  ['hi', hi, /[\u0900-\u097F]/],
  ['ta', ta, /[\u0B80-\u0BFF]/],
])('%s catalogue', (_, catalogue, script) => {
  const translated = flatten(catalogue);

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every placeholder', () => {
    for (const [key, text] of english) expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('is translated, not copied from English', () => {
    for (const [key, text] of translated) {
      if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
      expect(text, key).toMatch(script);
    }
  });
});
