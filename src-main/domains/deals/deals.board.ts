// The board: one pipeline's stages as columns with counts, totals and weighted totals per currency.
// Totals come from the covering index deals_board without reading rows: deals that follow their
// stage's probability are summed once and weighted by it; overridden ones carry their own.
import type { BoardColumn, CurrencyTotal, DealFilter } from '../../../src-shared/contract/deals';
import { weightedMinor } from '../../../src-shared/contract/deal-money';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open-database';
import { filterWhere, groupBy, SUMMARY_SELECT, toSummary, type SummaryRow } from './deals.queries';
import type { PipelinesService } from './pipelines.service';

export interface StageTotalsRow {
  stageId: string;
  currency: string;
  count: number;
  totalMinor: number;
  /** Σ value of deals following the stage's probability. */
  followingMinor: number;
  /** Σ value × own percent of deals with an overridden probability. */
  overriddenWeight: number;
}

/** Per currency totals of one stage, the weighted one rounded once at the end. */
export function stageTotals(rows: StageTotalsRow[], stageProbability: number): CurrencyTotal[] {
  return rows
    .map((r) => ({
      currency: r.currency,
      count: r.count,
      totalMinor: r.totalMinor,
      weightedMinor: weightedMinor(r.followingMinor * stageProbability + r.overriddenWeight),
    }))
    .sort((a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency));
}

export type BoardFilter = Omit<DealFilter, 'pipelineId' | 'stageId'>;

export function createBoard(sqlite: Sqlite, pipelines: PipelinesService) {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };

  return function board(pipelineId: string | null, filter: BoardFilter, perStage: number) {
    const pipeline = pipelines.get(pipelineId ?? pipelines.defaultId());
    const { where, params } = filterWhere({ ...filter, pipelineId: pipeline.id });
    const totals = prepared(
      `SELECT d.stage_id AS stageId, d.currency, count(*) AS count, sum(d.value_minor) AS totalMinor,
              coalesce(sum(CASE WHEN d.probability IS NULL THEN d.value_minor END), 0) AS followingMinor,
              coalesce(sum(d.value_minor * d.probability), 0) AS overriddenWeight
       FROM deals d WHERE ${where} GROUP BY d.stage_id, d.currency`,
    ).all(params) as StageTotalsRow[];
    const byStage = groupBy(totals, (r) => r.stageId);
    const { where: stageWhere, params: stageParams } = filterWhere({ ...filter, pipelineId: pipeline.id });
    const dealsOf = prepared(`${SUMMARY_SELECT} WHERE ${stageWhere} AND d.stage_id = :stage ORDER BY d.updated_at_ms DESC, d.id LIMIT :limit`);
    const columns: BoardColumn[] = pipeline.stages.map((stage) => {
      const rows = byStage.get(stage.id) ?? [];
      return {
        stageId: stage.id,
        name: stage.name,
        kind: stage.kind,
        probability: stage.probability,
        count: rows.reduce((n, r) => n + r.count, 0),
        totals: stageTotals(rows, stage.probability),
        deals: (dealsOf.all({ ...stageParams, stage: stage.id, limit: perStage }) as SummaryRow[]).map(toSummary),
      };
    });
    return { pipelineId: pipeline.id, pipelineName: pipeline.name, columns };
  };
}
