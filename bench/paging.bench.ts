// Keyset paging as the contact list scrolls (contacts.list through dispatch, limit 100), near the
// start, the middle and the end of the list, against the raw SQL baseline.
import type { Core } from '../src-main/boot';
import { summarize, timeRepeated } from './measure';
import type { RawQueries } from './raw-sql';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const LIMIT = 100;
const REPEATS = 200;
const WARM_UP = 20;
const TARGET_P50_MS = 2;
/** Offsets as fractions of 100,000 contacts; the names keep the 100k figures at any size. */
const POSITIONS = [
  { name: 'offset0', share: 0 },
  { name: 'offset50000', share: 0.5 },
  { name: 'offset99900', share: 0.999 },
] as const;

export async function benchPaging(core: Core, raw: RawQueries, contactCount: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const position of POSITIONS) {
    const offset = Math.floor(contactCount * position.share);
    const after = offset === 0 ? null : (raw.cursorAt.get(offset - 1) ?? null);
    let rows = 0;
    const viaDispatch = async () => {
      const response = await core.dispatch({ id: 1, method: 'contacts.list', input: { after, limit: LIMIT } });
      if (!response.ok) throw new Error(`contacts.list failed: ${response.error.message}`);
      rows = (response.value as { items: unknown[] }).items.length;
    };
    const viaRaw = () => (after ? raw.pageAfter.all(after.sortKey, after.id, LIMIT) : raw.firstPage.all(LIMIT));
    await timeRepeated(WARM_UP, viaDispatch);
    await timeRepeated(WARM_UP, viaRaw);
    const dispatchSummary = summarize(await timeRepeated(REPEATS, viaDispatch));
    const rawSummary = summarize(await timeRepeated(REPEATS, viaRaw));
    results.push(
      withBaseline({
        name: `page.keyset.p50.${position.name}`,
        value: dispatchSummary.p50,
        unit: 'ms',
        baseline: rawSummary.p50,
        target: TARGET_P50_MS,
        note: `offset ${offset}, ${rows} rows, p95 ${dispatchSummary.p95.toFixed(2)} ms`,
      }),
    );
  }
  return results;
}
