// Time to the first-response target. Everything is epoch milliseconds, so time zones and daylight
// saving never enter: "due in 3 h" is the same instant on every machine.
import type { CasePriority, CaseTargets, ResponseTarget } from '../../../src-shared/contract/cases';

const MINUTE_MS = 60_000;

/** Targets a new installation starts with: urgent 4 h, high 24 h, normal 48 h, low 72 h. */
export const DEFAULT_TARGETS: CaseTargets = { urgent: 4 * 60, high: 24 * 60, normal: 48 * 60, low: 72 * 60 };

export interface ResponseClock {
  openedAtMs: number;
  firstResponseAtMs: number | null;
  priority: CasePriority;
}

/**
 * Where a case stands against its target at `asOfMs`. Exactly at the due instant a case is still
 * `due` (0 ms left); one millisecond later it is `overdue`. An answered case is measured at its first response.
 */
export function responseTarget(clock: ResponseClock, targets: CaseTargets, asOfMs: number): ResponseTarget {
  const dueAtMs = clock.openedAtMs + targets[clock.priority] * MINUTE_MS;
  if (clock.firstResponseAtMs !== null) {
    const remainingMs = dueAtMs - clock.firstResponseAtMs;
    return { state: remainingMs >= 0 ? 'met' : 'late', dueAtMs, remainingMs };
  }
  const remainingMs = dueAtMs - asOfMs;
  return { state: remainingMs >= 0 ? 'due' : 'overdue', dueAtMs, remainingMs };
}

/** The latest opening time that is overdue at `asOfMs` for a priority: opened strictly before this. */
export function overdueIfOpenedBefore(priority: CasePriority, targets: CaseTargets, asOfMs: number): number {
  return asOfMs - targets[priority] * MINUTE_MS;
}
