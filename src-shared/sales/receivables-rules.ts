// Rules for what is owed and when customers buy again, shared by the core and the UI.

export const AGEING_BUCKETS = ['current', 'd1to30', 'd31to60', 'd61to90', 'd90plus'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** Not yet due (or due today) is current; then 1–30, 31–60, 61–90 and more than 90 days past due. */
export function ageingBucket(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'd1to30';
  if (daysPastDue <= 60) return 'd31to60';
  if (daysPastDue <= 90) return 'd61to90';
  return 'd90plus';
}

/**
 * The typical interval between purchases: the median gap in days between distinct purchase days
 * (the lower of the two middle gaps when even, so one late order does not stretch it). Null with
 * fewer than two purchase days: one purchase says nothing about how often someone buys.
 */
export function typicalIntervalDays(sortedDays: readonly number[]): number | null {
  const distinct = sortedDays.filter((day, i) => i === 0 || day !== sortedDays[i - 1]);
  if (distinct.length < 2) return null;
  const gaps = distinct.slice(1).map((day, i) => day - distinct[i]!).sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 2)]!;
}

/** Average days from purchase to full payment, rounded to a whole day; null when nothing is settled. */
export function averageDaysToPay(settled: readonly { purchaseDay: number; paidDay: number }[]): number | null {
  if (settled.length === 0) return null;
  const sum = settled.reduce((acc, s) => acc + Math.max(0, s.paidDay - s.purchaseDay), 0);
  return Math.round(sum / settled.length);
}

/**
 * A late payer owes something more than 30 days past due now, or settled more than half of their
 * paid purchases after the due date.
 */
export function isLatePayer(oldestDaysPastDue: number, settledLate: number, settled: number): boolean {
  return oldestDaysPastDue > 30 || (settled > 0 && settledLate * 2 > settled);
}
