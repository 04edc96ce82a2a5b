// The derived views over purchases (summary, receivables, reorder, timeline) and CSV in and out,
// behind one object so boot.ts and other domains wire them in one place.
import type { Customer, PurchaseImportResult } from '../../../src-shared/contract/purchases';
import { dayNumber, localDate } from '../../../src-shared/sales/dates';
import type { Sqlite } from '../../db/open-database';
import { createCustomerSummary } from './customer-summary';
import { exportPurchases } from './purchases-export';
import { createPurchasesImport } from './purchases-import';
import type { PurchasesService } from './purchases.service';
import { createReceivables } from './receivables';
import { createReorder } from './reorder';
import { createPurchasesTimeline } from './timeline';

export type PurchasesReads = ReturnType<typeof createPurchasesReads>;

export function createPurchasesReads(sqlite: Sqlite, service: PurchasesService, now: () => number = Date.now) {
  const summaries = createCustomerSummary(sqlite);
  const receivables = createReceivables(sqlite, summaries);
  const reorder = createReorder(sqlite);
  const timeline = createPurchasesTimeline(sqlite);
  const plan = createPurchasesImport(sqlite);
  const today = () => localDate(now());
  // "Due to reorder" reads every customer's purchase dates (about 0.7 s at 1,000,000 lines), so the
  // answer is kept until a purchase changes or the day or question does.
  let reorderCache: { key: string; version: number; items: ReturnType<typeof reorder> } | undefined;
  let version = 0;

  return {
    summary: (customer: Customer) => summaries.summary(customer, dayNumber(today()) ?? 0),
    receivables: (asOf: string | undefined, limit: number) => receivables(asOf ?? today(), limit),
    /** For the Today view: customers past their expected reorder date. */
    dueToReorder({ asOfMs, limit = 100, perProduct = true }: { asOfMs?: number; limit?: number; perProduct?: boolean }) {
      const day = dayNumber(localDate(asOfMs ?? now())) ?? 0;
      const key = `${day}:${limit}:${perProduct}`;
      if (reorderCache?.key !== key || reorderCache.version !== version) reorderCache = { key, version, items: reorder(day, limit, perProduct) };
      return reorderCache.items;
    },
    /** Purchases, lines, payments or names changed (here or by sync): cached answers are stale. */
    invalidate: () => {
      version += 1;
    },
    /** For the timeline: purchases and payments of a contact or company. */
    forContact: (customer: Customer) => timeline(customer),
    importCsv(text: string, options: { dryRun: boolean; currency: string }): PurchaseImportResult {
      const result = plan(text, options.currency);
      const count = { purchases: result.purchases.length, lines: result.lines, errors: result.errors, dryRun: options.dryRun };
      if (result.errors.length === 0 && !options.dryRun) service.createMany(result.purchases, true);
      return count;
    },
    export: (what: 'purchases' | 'payments', format: 'csv' | 'json') => exportPurchases(sqlite, what, format),
  };
}
