import { describe, expect, it } from 'vitest';
import { monthStartMs, summarizeForecast } from './deals.forecast';
import { stageTotals } from './deals.board';

describe('forecast arithmetic', () => {
  it('weights open deals by month, counts won, and works out win rate, average deal and days to close', () => {
    const forecast = summarizeForecast(
      '2026-03',
      '2026-04',
      [
        { month: '2026-03', currency: 'INR', stageProbability: 50, totalMinor: 300_00, followingMinor: 200_00, overriddenWeight: 100_00 * 10 },
        { month: '2026-03', currency: 'INR', stageProbability: 25, totalMinor: 400_00, followingMinor: 400_00, overriddenWeight: 0 },
        { month: '2026-04', currency: 'USD', stageProbability: 75, totalMinor: 10_00, followingMinor: 10_00, overriddenWeight: 0 },
      ],
      [
        { month: '2026-03', currency: 'INR', count: 2, totalMinor: 900_00, daysSum: 30 },
        { month: '2026-04', currency: 'INR', count: 1, totalMinor: 300_00, daysSum: 15 },
      ],
      1,
    );
    expect(forecast.months).toEqual([
      // 200 × 50 % + 100 × 10 % + 400 × 25 % = 210
      { month: '2026-03', currency: 'INR', openMinor: 700_00, weightedMinor: 210_00, wonMinor: 900_00 },
      { month: '2026-04', currency: 'INR', openMinor: 0, weightedMinor: 0, wonMinor: 300_00 },
      { month: '2026-04', currency: 'USD', openMinor: 10_00, weightedMinor: 7_50, wonMinor: 0 },
    ]);
    expect(forecast.won).toBe(3);
    expect(forecast.winRate).toBe(0.75);
    expect(forecast.averageWon).toEqual([{ currency: 'INR', count: 3, averageMinor: 400_00 }]);
    expect(forecast.averageDaysToClose).toBe(15);
  });

  it('has no win rate or average when nothing closed', () => {
    const forecast = summarizeForecast('2026-01', '2026-01', [], [], 0);
    expect(forecast).toMatchObject({ winRate: null, averageDaysToClose: null, averageWon: [], months: [] });
  });

  it('puts month boundaries at UTC midnight', () => {
    expect(new Date(monthStartMs('2026-12')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('weights stage totals with the stage probability for deals that follow it', () => {
    expect(stageTotals([{ stageId: 's', currency: 'INR', count: 2, totalMinor: 300, followingMinor: 100, overriddenWeight: 200 * 90 }], 50)).toEqual([
      { currency: 'INR', count: 2, totalMinor: 300, weightedMinor: 230 },
    ]);
  });
});
