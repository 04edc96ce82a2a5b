// Read queries for deals: the summary row shape and the WHERE clause of the shared filters.
import type { DealFilter, DealSummary } from '../../../src-shared/contract/deals';
import type { StageKind } from '../../../src-shared/contract/pipelines';

export const SUMMARY_SELECT = `
  SELECT d.id, d.title, d.pipeline_id AS pipelineId, d.stage_id AS stageId, coalesce(s.name, '') AS stageName, d.status,
         d.company_id AS companyId, c.name AS companyName, d.value_minor AS valueMinor, d.currency,
         d.expected_close_date AS expectedCloseDate, coalesce(d.probability, s.probability, 0) AS effectiveProbability,
         d.probability AS probability, d.owner, d.close_reason AS closeReason, d.closed_at_ms AS closedAtMs, d.updated_at_ms AS updatedAtMs
  FROM deals d LEFT JOIN stages s ON s.id = d.stage_id LEFT JOIN companies c ON c.id = d.company_id`;

export interface SummaryRow extends Omit<DealSummary, 'isProbabilityOverridden' | 'status'> {
  status: string;
  probability: number | null;
}

const asKind = (kind: string): StageKind => (kind === 'won' || kind === 'lost' ? kind : 'open');

export function toSummary({ probability, ...row }: SummaryRow): DealSummary {
  return { ...row, status: asKind(row.status), isProbabilityOverridden: probability !== null };
}

/** Named parameters for `filterWhere`'s clause. */
export type FilterParams = Record<string, string | number>;

/** The WHERE clause (on alias d) for the filters that are set, and its parameters. */
export function filterWhere(filter: Partial<DealFilter>): { where: string; params: FilterParams } {
  const parts = ['d.deleted_at_ms IS NULL'];
  const params: FilterParams = {};
  const add = (clause: string, name: keyof DealFilter, value: string | number) => {
    parts.push(clause);
    params[name] = value;
  };
  if (filter.pipelineId) add('d.pipeline_id = :pipelineId', 'pipelineId', filter.pipelineId);
  if (filter.stageId) add('d.stage_id = :stageId', 'stageId', filter.stageId);
  if (filter.owner) add('d.owner = :owner', 'owner', filter.owner);
  if (filter.closeMonth) add("d.expected_close_date BETWEEN :closeMonth || '-01' AND :closeMonth || '-31'", 'closeMonth', filter.closeMonth);
  if (filter.minValueMinor != null) add('d.value_minor >= :minValueMinor', 'minValueMinor', filter.minValueMinor);
  if (filter.maxValueMinor != null) add('d.value_minor <= :maxValueMinor', 'maxValueMinor', filter.maxValueMinor);
  return { where: parts.join(' AND '), params };
}

/** Rows grouped by a key, in first-seen order. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
