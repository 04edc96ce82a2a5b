// Forecast over a period of months: open deals weighted by probability in their expected close
// month, deals won per month, win rate, average won deal and days to close. Months are UTC.
import type { Forecast } from '../../../src-shared/contract/deals';
import { weightedMinor } from '../../../src-shared/contract/deal-money';
import type { Sqlite } from '../../db/open-database';
import { groupBy } from './deals.queries';

export interface OpenMonthRow { month: string; currency: string; stageProbability: number; totalMinor: number; followingMinor: number; overriddenWeight: number }
export interface WonMonthRow { month: string; currency: string; count: number; totalMinor: number; daysSum: number }

const DAY_MS = 86_400_000;

/** First millisecond of a YYYY-MM month, UTC. */
export const monthStartMs = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
const nextMonth = (month: string) => new Date(monthStartMs(month) + 32 * DAY_MS).toISOString().slice(0, 7);

/** The forecast's arithmetic, apart from the queries, so it can be checked by hand. */
export function summarizeForecast(fromMonth: string, toMonth: string, open: OpenMonthRow[], won: WonMonthRow[], lost: number): Forecast {
  const months = new Map<string, Forecast['months'][number] & { weight: number }>();
  const entry = (month: string, currency: string) => {
    const key = `${month} ${currency}`;
    let e = months.get(key);
    if (!e) months.set(key, (e = { month, currency, openMinor: 0, weightedMinor: 0, wonMinor: 0, weight: 0 }));
    return e;
  };
  for (const r of open) {
    const e = entry(r.month, r.currency);
    e.openMinor += r.totalMinor;
    e.weight += r.followingMinor * r.stageProbability + r.overriddenWeight;
  }
  for (const r of won) entry(r.month, r.currency).wonMinor += r.totalMinor;
  const wonCount = won.reduce((n, r) => n + r.count, 0);
  const byCurrency = groupBy(won, (r) => r.currency);
  return {
    fromMonth,
    toMonth,
    months: [...months.values()]
      .map(({ weight, ...e }) => ({ ...e, weightedMinor: weightedMinor(weight) }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency)),
    won: wonCount,
    lost,
    winRate: wonCount + lost === 0 ? null : wonCount / (wonCount + lost),
    averageWon: [...byCurrency].map(([currency, rows]) => {
      const count = rows.reduce((n, r) => n + r.count, 0);
      const total = rows.reduce((n, r) => n + r.totalMinor, 0);
      return { currency, count, averageMinor: Math.round(total / count) };
    }),
    averageDaysToClose: wonCount === 0 ? null : won.reduce((n, r) => n + r.daysSum, 0) / wonCount,
  };
}

export function createForecast(sqlite: Sqlite) {
  const pipelineClause = '(:pipelineId IS NULL OR d.pipeline_id = :pipelineId)';
  // Grouped by stage without joining stages row by row: the few stage probabilities are looked up after.
  const openRows = sqlite.prepare(
    `SELECT substr(d.expected_close_date, 1, 7) AS month, d.currency, d.stage_id AS stageId, sum(d.value_minor) AS totalMinor,
            coalesce(sum(CASE WHEN d.probability IS NULL THEN d.value_minor END), 0) AS followingMinor,
            coalesce(sum(d.value_minor * d.probability), 0) AS overriddenWeight
     FROM deals d INDEXED BY deals_forecast_open
     WHERE d.deleted_at_ms IS NULL AND d.status = 'open' AND d.expected_close_date BETWEEN :from || '-01' AND :to || '-31' AND ${pipelineClause}
     GROUP BY 1, 2, 3`,
  );
  const stageProbability = sqlite.prepare('SELECT id, probability FROM stages');
  const wonRows = sqlite.prepare(
    `SELECT strftime('%Y-%m', d.closed_at_ms / 1000, 'unixepoch') AS month, d.currency, count(*) AS count, sum(d.value_minor) AS totalMinor,
            sum(d.closed_at_ms - d.created_at_ms) / ${DAY_MS}.0 AS daysSum
     FROM deals d INDEXED BY deals_forecast_closed WHERE d.deleted_at_ms IS NULL AND d.closed_at_ms IS NOT NULL AND d.closed_at_ms >= :fromMs AND d.closed_at_ms < :toMs
       AND d.status = 'won' AND ${pipelineClause}
     GROUP BY 1, 2`,
  );
  const lostCount = sqlite.prepare(
    `SELECT count(*) FROM deals d WHERE d.deleted_at_ms IS NULL AND d.closed_at_ms IS NOT NULL AND d.closed_at_ms >= :fromMs AND d.closed_at_ms < :toMs
       AND d.status = 'lost' AND ${pipelineClause}`,
  ).pluck();

  return function forecast(pipelineId: string | null, fromMonth: string, toMonth: string): Forecast {
    const [from, to] = fromMonth <= toMonth ? [fromMonth, toMonth] : [toMonth, fromMonth];
    const range = { pipelineId, fromMs: monthStartMs(from), toMs: monthStartMs(nextMonth(to)) };
    const probabilities = new Map((stageProbability.all() as { id: string; probability: number }[]).map((s) => [s.id, s.probability]));
    return summarizeForecast(
      from,
      to,
      openRows.all({ pipelineId, from, to }).map((row) => {
        const { stageId, ...r } = row as Omit<OpenMonthRow, 'stageProbability'> & { stageId: string };
        return { ...r, stageProbability: probabilities.get(stageId) ?? 0 };
      }),
      wonRows.all(range) as WonMonthRow[],
      lostCount.get(range) as number,
    );
  };
}
