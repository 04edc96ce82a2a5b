import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../deals';
import { demoDeals } from './deals-seed';

describe('demo deals', () => {
  const nowMs = Date.UTC(2026, 5, 15);
  const list = demoDeals(5000, 1, ['c1', 'c2'], ['k1'], nowMs);

  it('are the same for the same seed', () => {
    expect(demoDeals(50, 1, ['c1'], [], nowMs)).toEqual(demoDeals(50, 1, ['c1'], [], nowMs));
    expect(demoDeals(50, 2, ['c1'], [], nowMs)).not.toEqual(demoDeals(50, 1, ['c1'], [], nowMs));
  });

  it('spread over every stage, most still open, with whole-rupee values from ₹5,000 to ₹50,00,000', () => {
    const share = (name: string) => list.filter((d) => d.stageId === DEFAULT_STAGES.find((s) => s.name === name)!.id).length / list.length;
    for (const stage of DEFAULT_STAGES) expect(share(stage.name), stage.name).toBeGreaterThan(0.1);
    expect(share('Won') + share('Lost')).toBeLessThan(0.45);
    expect(list.every((d) => Number.isInteger(d.valueMinor) && d.valueMinor % 100 === 0 && d.valueMinor >= 5_000_00 && d.valueMinor <= 50_00_000_00)).toBe(true);
    // Log-uniform: the median sits far below the mean.
    const sorted = list.map((d) => d.valueMinor).sort((a, b) => a - b);
    expect(sorted[sorted.length / 2]!).toBeLessThan(sorted.reduce((a, b) => a + b, 0) / sorted.length / 2);
    expect(list.every((d) => d.expectedCloseDate! >= '2026-03-17' && d.expectedCloseDate! <= '2026-12-12')).toBe(true);
  });
});
