// Purchases (orders/invoices) of a customer with their lines. Only confirmed purchases count as
// revenue and as owed; a cancelled one stays on the record. Totals are derived (purchase-totals.ts).
import { v7 as uuidv7 } from 'uuid';
import type { NewPurchase, NewPurchaseInput, PurchaseDetail, PurchaseSummary } from '../../../src-shared/contract/purchases';
import { NewPurchase as NewPurchaseSchema } from '../../../src-shared/contract/purchases';
import { addDays } from '../../../src-shared/sales/dates';
import { lineAmounts } from '../../../src-shared/sales/money';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { createPurchasesRepo, type LineRow, type PurchaseRow } from './purchases.repo';
import { createPurchaseTotals } from './purchase-totals';

export type PurchasesService = ReturnType<typeof createPurchasesService>;

export function createPurchasesService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, now: () => number = Date.now) {
  const repo = createPurchasesRepo(sqlite);
  const totals = createPurchaseTotals(sqlite, writer);
  const changed = () => events.emit({ type: 'changed', domain: 'purchases' });

  function find(id: string): PurchaseRow {
    return (repo.byId.get(id) as PurchaseRow | undefined) ?? notFound('purchase', id);
  }

  function get(id: string): PurchaseDetail {
    const row = find(id);
    const lines = (repo.lines.all(id) as LineRow[]).map((line) => ({ ...line, ...lineAmounts(line) }));
    return { ...row, lines, payments: repo.payments.all(id) as PurchaseDetail['payments'] };
  }

  function checkCustomer(p: NewPurchase) {
    if (p.contactId && !repo.contactExists.get(p.contactId)) notFound('contact', p.contactId);
    if (p.companyId && !repo.companyExists.get(p.companyId)) notFound('company', p.companyId);
  }

  /** Writes one purchase and its lines; the caller holds the transaction. */
  function insert(p: NewPurchase, nowMs: number, checked = false): string {
    if (!checked) {
      checkCustomer(p);
      for (const line of p.lines) if (line.productId && !repo.productById.get(line.productId)) notFound('product', line.productId);
    }
    const id = uuidv7();
    let totalMinor = 0;
    const lineCells = p.lines.map((line, i) => {
      const lineTotal = lineAmounts(line).totalMinor;
      totalMinor += lineTotal;
      return {
        purchase_id: id,
        product_id: line.productId,
        description: line.description,
        qty_milli: line.qtyMilli,
        unit_price_minor: line.unitPriceMinor,
        discount_bp: line.discountBp,
        tax_bp: line.taxBp,
        sort_order: i,
        total_minor: lineTotal,
        created_at_ms: nowMs,
        updated_at_ms: nowMs,
      };
    });
    writer.insert('purchases', id, {
      contact_id: p.contactId,
      company_id: p.companyId,
      date: p.date,
      reference: p.reference,
      status: p.status,
      currency: p.currency,
      payment_terms_days: p.paymentTermsDays,
      due_date: p.dueDate ?? addDays(p.date, p.paymentTermsDays),
      notes: p.notes,
      total_minor: totalMinor,
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
    });
    for (const cells of lineCells) writer.insert('purchase_lines', uuidv7(), cells);
    return id;
  }

  const insertManyTx = sqlite.transaction((list: NewPurchase[], checked: boolean) => {
    const nowMs = now();
    return list.map((p) => insert(p, nowMs, checked));
  });

  return {
    get,
    find,
    totals,

    list(filter: { contactId?: string; companyId?: string; status?: string }, limit: number): { items: PurchaseSummary[] } {
      const params = { status: filter.status ?? null, limit, id: filter.contactId ?? filter.companyId ?? null };
      const statement = filter.contactId ? repo.ofContact : filter.companyId ? repo.ofCompany : repo.recent;
      return { items: statement.all(params) as PurchaseSummary[] };
    },

    create(input: NewPurchaseInput): PurchaseDetail {
      const [id] = insertManyTx([NewPurchaseSchema.parse(input)], false);
      changed();
      return get(id!);
    },

    /**
     * Many purchases in one transaction (imports, demo data). `checked`: the caller has already
     * resolved every customer and product, so the per-row existence reads are skipped.
     */
    createMany(list: NewPurchase[], checked = false): string[] {
      const ids = insertManyTx(list, checked);
      changed();
      return ids;
    },

    setStatus(id: string, status: PurchaseDetail['status']): PurchaseDetail {
      sqlite.transaction(() => {
        const current = find(id);
        if (status === 'draft' && current.status !== 'draft') throw new AppError('conflict', 'A confirmed or cancelled purchase cannot go back to draft.');
        writer.update('purchases', id, { status }, { updated_at_ms: now() });
      })();
      changed();
      return get(id);
    },
  };
}
