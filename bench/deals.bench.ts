// The pipeline at scale: 50,000 deals seeded through demo.seed on a fresh core, then the board of
// the default pipeline (target 50 ms) and a 12-month forecast (target 100 ms) through dispatch,
// each beside raw better-sqlite3 doing the same reads (a plain join and GROUP BY, no covering tricks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { boot } from '../src-main/boot';
import { DEFAULT_PIPELINE_ID } from '../src-main/domains/deals';
import { median, timeRepeated } from './measure';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const RUNS = 30;

export async function benchDeals({ deals, contacts, log }: { deals: number; contacts: number; log: (message: string) => void }): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-deals-'));
  const core = await boot({ dataDir, dailyBackups: false });
  const call = async (method: string, input: unknown) => {
    const response = await core.dispatch({ id: 1, method, input });
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
    return response.value;
  };
  try {
    log(`deals: seeding ${contacts} contacts and ${deals} deals`);
    const seedStart = performance.now();
    await call('demo.seed', { contacts, seed: 3, deals });
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const now = new Date();
    const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
    const forecastInput = { pipelineId: DEFAULT_PIPELINE_ID, fromMonth: month(-6), toMonth: month(5) };
    const boardInput = { pipelineId: DEFAULT_PIPELINE_ID };

    const raw = new Database(core.databaseFile, { readonly: true });
    const rawTotals = raw.prepare(
      `SELECT d.stage_id, d.currency, count(*), sum(d.value_minor), sum(d.value_minor * coalesce(d.probability, s.probability))
       FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.pipeline_id = ? AND d.deleted_at_ms IS NULL GROUP BY d.stage_id, d.currency`,
    );
    const rawStages = raw.prepare('SELECT id FROM stages WHERE pipeline_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order').pluck();
    const rawCards = raw.prepare(
      `SELECT d.*, s.name, c.name FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN companies c ON c.id = d.company_id
       WHERE d.stage_id = ? AND d.deleted_at_ms IS NULL ORDER BY d.updated_at_ms DESC LIMIT 100`,
    );
    const rawBoard = () => {
      rawTotals.all(DEFAULT_PIPELINE_ID);
      for (const stageId of rawStages.all(DEFAULT_PIPELINE_ID) as string[]) rawCards.all(stageId);
    };
    const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 1);
    const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, 1);
    const rawOpen = raw.prepare(
      `SELECT substr(d.expected_close_date, 1, 7), d.currency, sum(d.value_minor), sum(d.value_minor * coalesce(d.probability, s.probability))
       FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.deleted_at_ms IS NULL AND d.status = 'open' AND d.pipeline_id = ?
         AND d.expected_close_date BETWEEN ? AND ? GROUP BY 1, 2`,
    );
    const rawClosed = raw.prepare(
      `SELECT d.status, strftime('%Y-%m', d.closed_at_ms / 1000, 'unixepoch'), d.currency, count(*), sum(d.value_minor), sum(d.closed_at_ms - d.created_at_ms)
       FROM deals d WHERE d.deleted_at_ms IS NULL AND d.pipeline_id = ? AND d.closed_at_ms >= ? AND d.closed_at_ms < ? GROUP BY 1, 2, 3`,
    );
    const rawForecast = () => {
      rawOpen.all(DEFAULT_PIPELINE_ID, `${forecastInput.fromMonth}-01`, `${forecastInput.toMonth}-31`);
      rawClosed.all(DEFAULT_PIPELINE_ID, from, to);
    };

    log('deals: board and forecast');
    const board = median(await timeRepeated(RUNS, () => call('deals.board', boardInput)));
    const boardBaseline = median(await timeRepeated(RUNS, rawBoard));
    const forecast = median(await timeRepeated(RUNS, () => call('deals.forecast', forecastInput)));
    const forecastBaseline = median(await timeRepeated(RUNS, rawForecast));
    raw.close();

    return [
      { name: 'deals.seed.seconds', value: seedSeconds, unit: 's', note: `demo.seed of ${contacts} contacts, their companies and ${deals} deals (each with a contact and its first history row) through the change writer` },
      withBaseline({ name: `deals.board.${deals}.ms`, value: board, unit: 'ms', target: 50, baseline: boardBaseline, note: 'median of deals.board (6 stages: totals per currency + 100 cards each) through dispatch; baseline: raw join/GROUP BY + per-stage SELECT' }),
      withBaseline({ name: `deals.forecast.${deals}.ms`, value: forecast, unit: 'ms', target: 100, baseline: forecastBaseline, note: 'median of a 12-month deals.forecast through dispatch; baseline: raw GROUP BY of open and closed deals' }),
    ];
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
