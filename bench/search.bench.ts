// Search as the UI calls it (contacts.search through dispatch, limit 50), per query class, against
// the raw SQL baseline on the same database file.
import type { Core } from '../src-main/boot';
import { sortKey } from '../src-main/domains/contacts';
import { summarize, timeEach } from './measure';
import type { RawQueries } from './raw-sql';
import { prepareRawSearch, searchRaw } from './raw-search';
import type { BenchResult } from './result';
import { withBaseline } from './result';
import { QUERY_CLASSES, type QueryClass } from './search-queries';

const LIMIT = 50;
const TARGET_P95_MS = 10;
/** Queries per class whose results are compared with the baseline's, to keep the baseline honest. */
const COMPARED = 50;

async function searchByDispatch(core: Core, text: string): Promise<string[]> {
  const response = await core.dispatch({ id: 1, method: 'contacts.search', input: { text, limit: LIMIT } });
  if (!response.ok) throw new Error(`contacts.search ${JSON.stringify(text)} failed: ${response.error.message}`);
  return (response.value as { items: { id: string }[] }).items.map((item) => item.id);
}

export async function benchSearch(
  core: Core,
  raw: RawQueries,
  queries: Record<QueryClass, string[]>,
  warmUp: Record<QueryClass, string[]>,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const queryClass of QUERY_CLASSES) {
    const list = queries[queryClass];
    // Raw parameters are worked out before timing, as the best raw code would have them.
    const rawInputs = list.map((text) => prepareRawSearch(text, sortKey));
    for (const text of warmUp[queryClass]) {
      await searchByDispatch(core, text);
      searchRaw(raw, prepareRawSearch(text, sortKey), LIMIT);
    }
    const viaDispatch = summarize(await timeEach(list, (text) => searchByDispatch(core, text)));
    const viaRaw = summarize(await timeEach(rawInputs, (search) => searchRaw(raw, search, LIMIT)));

    let differing = 0;
    for (const [i, text] of list.slice(0, COMPARED).entries()) {
      const fromRaw = searchRaw(raw, rawInputs[i]!, LIMIT).map((row) => row.id);
      if ((await searchByDispatch(core, text)).join() !== fromRaw.join()) differing++;
    }
    const examples = [...new Set(list)].slice(0, 3).map((q) => JSON.stringify(q)).join(', ');
    const note = `${list.length} queries, e.g. ${examples}${differing ? `; ${differing}/${COMPARED} results differ from raw` : ''}`;
    for (const [stat, target] of [['p50', undefined], ['p95', TARGET_P95_MS]] as const) {
      results.push(
        withBaseline({
          name: `search.${stat}.${queryClass}`,
          value: viaDispatch[stat],
          unit: 'ms',
          baseline: viaRaw[stat],
          ...(target === undefined ? {} : { target, note }),
        }),
      );
    }
  }
  return results;
}
