// One measured figure as it appears in the table and in bench/results/latest.json.
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The same work done by raw better-sqlite3, without dispatch, zod or the service. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** Upper bound the product aims for (lower is better for every target here). */
  target?: number;
  note?: string;
}

export function withBaseline(result: Omit<BenchResult, 'ratio'>): BenchResult {
  const { baseline } = result;
  return baseline && baseline > 0 ? { ...result, ratio: result.value / baseline } : result;
}
