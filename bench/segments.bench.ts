// Filtered contact lists and segment counts (segments.contacts / segments.count through dispatch)
// against hand-written SQL for the same question on a plain read-only connection. The filters are
// typical saved segments: "customers in Chennai" (a column and a child row), "VIP or lead" (a tag
// or a column), the first one sorted by company (no index serves that order), and everyone (the
// contacts page with no filter).
import Database from 'better-sqlite3';
import type { Core } from '../src-main/boot';
import { summarize, timeRepeated } from './measure';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const LIMIT = 100;
const REPEATS = 60;
const WARM_UP = 30;

const first = (table: string, column: string) =>
  `(SELECT x.${column} FROM ${table} x WHERE x.contact_id = c.id AND x.deleted_at_ms IS NULL ORDER BY x.is_primary DESC, x.sort_order LIMIT 1)`;
/** The same columns a list row carries. */
const ROW = `c.id, c.display_name, c.company_id, co.name, c.job_title, c.archived_at_ms, c.created_at_ms, c.updated_at_ms,
  ${first('contact_emails', 'value')}, ${first('contact_phones', 'value')}, ${first('contact_addresses', 'locality')},
  c.lifecycle_stage, c.owner, c.source, c.preferred_language,
  (SELECT json_group_array(t.name) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.contact_id = c.id AND ct.deleted_at_ms IS NULL)`;
const FROM = 'FROM contacts c LEFT JOIN companies co ON co.id = c.company_id';
const IN_CHENNAI = `c.id IN (SELECT contact_id FROM contact_addresses WHERE deleted_at_ms IS NULL AND locality = 'Chennai')`;
const HAS_VIP = `c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.deleted_at_ms IS NULL AND t.name = 'VIP')`;

const CASES = [
  {
    name: 'everyone',
    filter: { match: 'all', conditions: [] },
    where: '1',
    sort: { column: 'name', direction: 'asc' },
    order: 'c.sort_key, c.id',
  },
  {
    name: 'chennaiCustomers',
    filter: { match: 'all', conditions: [{ field: 'stage', op: 'is', value: 'customer' }, { field: 'city', op: 'is', value: 'Chennai' }] },
    where: `c.lifecycle_stage = 'customer' AND ${IN_CHENNAI}`,
    sort: { column: 'name', direction: 'asc' },
    order: 'c.sort_key, c.id',
  },
  {
    name: 'vipOrLead',
    filter: { match: 'any', conditions: [{ field: 'tag', op: 'has', value: 'VIP' }, { field: 'stage', op: 'is', value: 'lead' }] },
    where: `(${HAS_VIP} OR c.lifecycle_stage = 'lead')`,
    sort: { column: 'name', direction: 'asc' },
    order: 'c.sort_key, c.id',
  },
  {
    name: 'chennaiCustomers.byCompany',
    filter: { match: 'all', conditions: [{ field: 'stage', op: 'is', value: 'customer' }, { field: 'city', op: 'is', value: 'Chennai' }] },
    where: `c.lifecycle_stage = 'customer' AND ${IN_CHENNAI}`,
    sort: { column: 'company', direction: 'asc' },
    order: `coalesce(co.sort_key, ''), c.sort_key, c.id`,
  },
] as const;

export async function benchSegments(core: Core, log: (message: string) => void): Promise<BenchResult[]> {
  const raw = new Database(core.databaseFile, { readonly: true, fileMustExist: true });
  const results: BenchResult[] = [];
  const call = async (method: string, input: unknown) => {
    const response = await core.dispatch({ id: 1, method, input });
    if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
    return response.value;
  };
  const created = (await call('segments.create', { name: 'Bench: customers in Chennai', filter: CASES[1].filter })) as { id: string };
  try {
    for (const c of CASES) {
      log(`segments: ${c.name}`);
      const page = raw.prepare(`SELECT ${ROW} ${FROM} WHERE c.archived_at_ms IS NULL AND ${c.where} ORDER BY ${c.order} LIMIT ?`);
      const count = raw.prepare(`SELECT count(*) FROM contacts c WHERE c.archived_at_ms IS NULL AND ${c.where}`).pluck();
      let rows = 0;
      const viaDispatch = async () => {
        rows = ((await call('segments.contacts', { filter: c.filter, sort: c.sort, limit: LIMIT })) as { items: unknown[] }).items.length;
      };
      const viaRaw = () => page.all(LIMIT);
      const countViaDispatch = () => call('segments.count', c.name === 'chennaiCustomers' ? { segmentId: created.id } : { filter: c.filter });
      const countViaRaw = () => count.get();
      for (const run of [viaDispatch, viaRaw, countViaDispatch, countViaRaw]) await timeRepeated(WARM_UP, run);
      const pageOurs = summarize(await timeRepeated(REPEATS, viaDispatch));
      const pageRaw = summarize(await timeRepeated(REPEATS, viaRaw));
      const matching = (await countViaDispatch()) as { count: number };
      if (matching.count !== countViaRaw()) throw new Error(`${c.name}: segments.count says ${matching.count}, raw SQL ${String(countViaRaw())}`);
      results.push(
        withBaseline({
          name: `segments.page.p50.${c.name}`,
          value: pageOurs.p50,
          unit: 'ms',
          baseline: pageRaw.p50,
          note: `${rows} of ${matching.count} matching, sorted by ${c.sort.column}; p95 ${pageOurs.p95.toFixed(2)} ms`,
        }),
      );
      if (c.sort.column !== 'name') continue;
      const countOurs = summarize(await timeRepeated(REPEATS, countViaDispatch));
      const countRaw = summarize(await timeRepeated(REPEATS, countViaRaw));
      results.push(
        withBaseline({
          name: `segments.count.p50.${c.name}`,
          value: countOurs.p50,
          unit: 'ms',
          baseline: countRaw.p50,
          note: `${matching.count} contacts${c.name === 'chennaiCustomers' ? ' (a saved segment, by id)' : ''}; p95 ${countOurs.p95.toFixed(2)} ms`,
        }),
      );
    }
  } finally {
    await call('segments.delete', { id: created.id });
    raw.close();
  }
  return results;
}
