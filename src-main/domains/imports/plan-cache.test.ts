import { describe, expect, it } from 'vitest';
import type { PreparedImport } from './import-plan';
import { createPlanCache, sourceKey } from './plan-cache';

const prepared = (n: number) => ({ records: [], errors: [], warnings: [`${n}`], parsed: { errors: [], warnings: [], encoding: 'UTF-8', format: 'csv' } }) as PreparedImport;
const key = (content: string, mapping?: Record<string, string>) => sourceKey({ contentBase64: content, format: 'auto', csvMapping: mapping, defaultCountry: 'IN' });

describe('plan cache', () => {
  it('gives a plan back once, only for the same source, within its lifetime', () => {
    let nowMs = 0;
    const cache = createPlanCache(() => nowMs);
    const token = cache.put(key('abc'), prepared(1));
    expect(cache.take(token, key('abd'))).toBeNull();
    const again = cache.put(key('abc'), prepared(1));
    expect(cache.take(again, key('abc', { A: 'givenName' }))).toBeNull();
    const third = cache.put(key('abc'), prepared(1));
    expect(cache.take(third, key('abc'))?.warnings).toEqual(['1']);
    expect(cache.take(third, key('abc'))).toBeNull();
    const late = cache.put(key('abc'), prepared(2));
    nowMs += 10 * 60_000;
    expect(cache.take(late, key('abc'))).toBeNull();
  });

  it('keeps only the last few plans', () => {
    const cache = createPlanCache(() => 0);
    const tokens = [1, 2, 3, 4].map((n) => cache.put(key(`f${n}`), prepared(n)));
    expect(cache.take(tokens[0], key('f1'))).toBeNull();
    expect(cache.take(tokens[3], key('f4'))?.warnings).toEqual(['4']);
  });
});
