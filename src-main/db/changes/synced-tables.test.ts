import { describe, expect, it } from 'vitest';
import { knowsDefaultsOf, SYNCED_TABLES } from './synced-tables';

describe('synced tables', () => {
  // A cell holding its column's default with no timestamp of its own counts as never written
  // (cell-clocks.ts): a table missing from TABLES would have its defaults misjudged.
  it('all have their column defaults known', () => {
    expect(Object.keys(SYNCED_TABLES).filter((table) => !knowsDefaultsOf(table))).toEqual([]);
  });
});
