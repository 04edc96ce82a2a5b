// Reads of purchases, lines and payments. Every write goes through the change writer (purchases.service.ts).
import type { Line, Payment, PurchaseSummary } from '../../../src-shared/contract/purchases';
import type { Sqlite } from '../../db/open-database';

export const SUMMARY_COLUMNS = `p.id, p.contact_id AS contactId, p.company_id AS companyId,
  COALESCE(c.display_name, co.name, '') AS customerName, p.date, p.reference, p.status, p.currency,
  p.due_date AS dueDate, p.payment_terms_days AS paymentTermsDays, p.total_minor AS totalMinor,
  p.paid_minor AS paidMinor, p.total_minor - p.paid_minor AS balanceMinor`;

export const CUSTOMER_JOIN = `LEFT JOIN contacts c ON c.id = p.contact_id LEFT JOIN companies co ON co.id = p.company_id`;

export type PurchaseRow = PurchaseSummary & { notes: string; createdAtMs: number; updatedAtMs: number };
export type LineRow = Omit<Line, 'amountMinor' | 'discountMinor' | 'taxMinor'>;

export function createPurchasesRepo(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS}, p.notes, p.created_at_ms AS createdAtMs, p.updated_at_ms AS updatedAtMs FROM purchases p ${CUSTOMER_JOIN} WHERE p.id = ?`,
    ),
    lines: sqlite.prepare(
      `SELECT id, product_id AS productId, description, qty_milli AS qtyMilli, unit_price_minor AS unitPriceMinor,
         discount_bp AS discountBp, tax_bp AS taxBp, total_minor AS totalMinor
       FROM purchase_lines WHERE purchase_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order, id`,
    ),
    payments: sqlite.prepare(
      `SELECT id, purchase_id AS purchaseId, amount_minor AS amountMinor, received_on AS receivedOn, method, note, created_at_ms AS createdAtMs
       FROM payments WHERE purchase_id = ? AND deleted_at_ms IS NULL ORDER BY received_on, id`,
    ),
    recent: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM purchases p ${CUSTOMER_JOIN} WHERE (@status IS NULL OR p.status = @status) ORDER BY p.date DESC, p.id DESC LIMIT @limit`,
    ),
    ofContact: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM purchases p ${CUSTOMER_JOIN} WHERE p.contact_id = @id AND (@status IS NULL OR p.status = @status) ORDER BY p.date DESC, p.id DESC LIMIT @limit`,
    ),
    ofCompany: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM purchases p ${CUSTOMER_JOIN} WHERE p.company_id = @id AND (@status IS NULL OR p.status = @status) ORDER BY p.date DESC, p.id DESC LIMIT @limit`,
    ),
    contactExists: sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck(),
    companyExists: sqlite.prepare('SELECT 1 FROM companies WHERE id = ?').pluck(),
    productById: sqlite.prepare('SELECT id, name, tax_bp AS taxBp FROM products WHERE id = ?'),
  };
}

export type PurchasesRepo = ReturnType<typeof createPurchasesRepo>;
export type { Payment };
