// The overdue-cases question (Today's "answer these first") and the Cases page's overdue filter,
// through dispatch, against the same rows read by raw better-sqlite3 with the same partial index.
import Database from 'better-sqlite3';
import type { Core } from '../src-main/boot';
import { DEFAULT_TARGETS } from '../src-main/domains/cases';
import { summarize, timeRepeated } from './measure';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const REPEATS = 200;
const WARM_UP = 20;
const LIMIT = 100;
const TARGET_P50_MS = 20;
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

export async function benchCases(core: Core): Promise<BenchResult[]> {
  const db = new Database(core.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const caseCount = db.prepare('SELECT count(*) FROM cases WHERE deleted_at_ms IS NULL').pluck().get() as number;
    const raw = db.prepare(
      `SELECT * FROM (${PRIORITIES.map(
        (p) => `SELECT c.id, c.subject, c.opened_at_ms + ${DEFAULT_TARGETS[p]} * 60000 AS dueAtMs, ct.display_name FROM cases c LEFT JOIN contacts ct ON ct.id = c.contact_id
          WHERE c.deleted_at_ms IS NULL AND c.first_response_at_ms IS NULL AND c.status IN ('open', 'waiting') AND c.priority = '${p}' AND c.opened_at_ms < ?`,
      ).join(' UNION ALL ')}) ORDER BY dueAtMs, id LIMIT ${LIMIT}`,
    );
    const results: BenchResult[] = [];
    const measure = async (name: string, method: string, input: (asOfMs: number) => unknown) => {
      let rows = 0;
      const viaDispatch = async () => {
        const response = await core.dispatch({ id: 1, method, input: input(Date.now()) });
        if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
        rows = (response.value as { items: unknown[] }).items.length;
      };
      const viaRaw = () => {
        const asOfMs = Date.now();
        return raw.all(...PRIORITIES.map((p) => asOfMs - DEFAULT_TARGETS[p] * 60_000));
      };
      await timeRepeated(WARM_UP, viaDispatch);
      await timeRepeated(WARM_UP, viaRaw);
      const dispatchSummary = summarize(await timeRepeated(REPEATS, viaDispatch));
      const rawSummary = summarize(await timeRepeated(REPEATS, viaRaw));
      results.push(
        withBaseline({
          name,
          value: dispatchSummary.p50,
          unit: 'ms',
          baseline: rawSummary.p50,
          target: TARGET_P50_MS,
          note: `${caseCount} cases, ${rows} rows, p95 ${dispatchSummary.p95.toFixed(2)} ms`,
        }),
      );
    };
    await measure('cases.overdue.p50', 'cases.overdue', (asOfMs) => ({ asOfMs, limit: LIMIT }));
    await measure('cases.list.overdue.p50', 'cases.list', (asOfMs) => ({ asOfMs, isOverdue: true, limit: LIMIT }));
    return results;
  } finally {
    db.close();
  }
}
