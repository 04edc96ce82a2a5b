// Keeps the derived, machine-local columns in step: a line's total, and a purchase's total, amount
// paid and the date it was settled. Called after every local write and after changes arrive by sync.
import { lineTotal } from '../../../src-shared/sales/money';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';

export type PurchaseTotals = ReturnType<typeof createPurchaseTotals>;

export function createPurchaseTotals(sqlite: Sqlite, writer: ChangeWriter) {
  const q = {
    line: sqlite.prepare(
      'SELECT purchase_id AS purchaseId, qty_milli AS qtyMilli, unit_price_minor AS unitPriceMinor, discount_bp AS discountBp, tax_bp AS taxBp FROM purchase_lines WHERE id = ?',
    ),
    total: sqlite.prepare('SELECT COALESCE(SUM(total_minor), 0) FROM purchase_lines WHERE purchase_id = ? AND deleted_at_ms IS NULL').pluck(),
    payments: sqlite.prepare('SELECT amount_minor AS amountMinor, received_on AS receivedOn FROM payments WHERE purchase_id = ? AND deleted_at_ms IS NULL ORDER BY received_on, id'),
    paymentParent: sqlite.prepare('SELECT purchase_id FROM payments WHERE id = ?').pluck(),
    exists: sqlite.prepare('SELECT 1 FROM purchases WHERE id = ?').pluck(),
  };

  /** Recomputes one purchase from its live lines and payments. */
  function purchase(id: string): void {
    if (!q.exists.get(id)) return;
    const totalMinor = q.total.get(id) as number;
    let paidMinor = 0;
    let paidOn: string | null = null;
    for (const p of q.payments.all(id) as { amountMinor: number; receivedOn: string }[]) {
      paidMinor += p.amountMinor;
      if (paidOn === null && totalMinor > 0 && paidMinor >= totalMinor) paidOn = p.receivedOn;
    }
    writer.setLocal('purchases', id, { total_minor: totalMinor, paid_minor: paidMinor, paid_on: paidOn });
  }

  return {
    purchase,
    /** After sync: recompute each touched line, then every purchase whose lines, payments or row arrived. */
    afterSync(touched: { purchases?: Iterable<string>; lines?: Iterable<string>; payments?: Iterable<string> }): void {
      const parents = new Set<string>(touched.purchases ?? []);
      for (const id of touched.lines ?? []) {
        const line = q.line.get(id) as ({ purchaseId: string } & Parameters<typeof lineTotal>[0]) | undefined;
        if (!line) continue;
        writer.setLocal('purchase_lines', id, { total_minor: lineTotal(line) });
        parents.add(line.purchaseId);
      }
      for (const id of touched.payments ?? []) {
        const parent = q.paymentParent.get(id) as string | undefined;
        if (parent) parents.add(parent);
      }
      for (const id of parents) purchase(id);
    },
  };
}
