// Timing helpers. Durations are wall-clock milliseconds from performance.now().

export interface Summary {
  p50: number;
  p95: number;
  count: number;
}

/** Nearest-rank percentile of already collected durations. */
export function percentile(durationsMs: readonly number[], p: number): number {
  if (durationsMs.length === 0) return Number.NaN;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(durationsMs: readonly number[]): Summary {
  return { p50: percentile(durationsMs, 50), p95: percentile(durationsMs, 95), count: durationsMs.length };
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Runs `run` once per input and returns each call's duration. */
export async function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): Promise<number[]> {
  const durations: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    durations.push(performance.now() - start);
  }
  return durations;
}

/** Runs `run` `times` times and returns each call's duration. */
export function timeRepeated(times: number, run: () => unknown): Promise<number[]> {
  return timeEach(Array.from({ length: times }, (_, i) => i), run);
}
