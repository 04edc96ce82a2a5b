// Products, purchases and payments wired together, so boot.ts adds them in one place. Payments sit
// over purchases (they settle them), so this lives here rather than in the purchases domain.
import type { SyncedTable } from '../../db/changes/synced-tables';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { createProductsService, productsHandlers } from '../products';
import { createPurchasesReads, createPurchasesService, purchasesHandlers } from '../purchases';
import { paymentsHandlers } from './payments.handlers';
import { createPaymentsService, type CreateReminderHook } from './payments.service';
import { createReorderReminders } from './reorder-reminders';

export type SalesDomains = ReturnType<typeof createSalesDomains>;

export function createSalesDomains(options: { sqlite: Sqlite; events: EventBus; writer: ChangeWriter; createReminder?: CreateReminderHook; now?: () => number }) {
  const { sqlite, events, writer } = options;
  const products = createProductsService(sqlite, events, writer, options.now);
  const purchases = createPurchasesService(sqlite, events, writer, options.now);
  const reads = createPurchasesReads(sqlite, purchases, options.now);
  const payments = createPaymentsService({ ...options, purchases });
  // Any change to sales or to customers' names (local, or arriving by sync) makes cached reads stale.
  events.subscribe((event) => {
    if (event.type === 'changed' && ['purchases', 'payments', 'products', 'contacts', 'companies'].includes(event.domain)) reads.invalidate();
  });
  return {
    products,
    purchases,
    payments,
    /** `dueToReorder({asOfMs, limit})` for Today and `forContact({contactId|companyId})` for the timeline. */
    reads,
    handlers: {
      products: productsHandlers(products),
      purchases: purchasesHandlers(purchases, reads, createReorderReminders(sqlite, options.createReminder, options.now)),
      payments: paymentsHandlers(payments),
    },
    /** After a sync: recompute the derived totals of whatever arrived. */
    afterSync(touched: Map<SyncedTable, Set<string>>): boolean {
      const purchaseIds = touched.get('purchases');
      const lines = touched.get('purchase_lines');
      const paid = touched.get('payments');
      if (!purchaseIds && !lines && !paid) return touched.has('products');
      purchases.totals.afterSync({ purchases: purchaseIds, lines, payments: paid });
      reads.invalidate();
      return true;
    },
  };
}
