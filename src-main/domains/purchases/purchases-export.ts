// Purchases or payments as CSV or JSON, with the contacts export's conventions: amounts as plain
// decimals in the currency's minor digits, text cells guarded against spreadsheet formulas.
import { minorText } from '../../../src-shared/sales/money';
import type { Sqlite } from '../../db/open-database';
import { neutraliseFormula, quoteCsvCell } from '../interop';
import { CUSTOMER_JOIN } from './purchases.repo';

type Row = Record<string, string | number | null>;

const PURCHASE_SQL = `SELECT p.id, p.date, p.reference, p.status, p.contact_id AS contactId, p.company_id AS companyId,
  COALESCE(c.display_name, co.name, '') AS customer, p.currency, p.total_minor AS totalMinor, p.paid_minor AS paidMinor,
  p.total_minor - p.paid_minor AS balanceMinor, p.due_date AS dueDate, p.payment_terms_days AS paymentTermsDays, p.notes
  FROM purchases p ${CUSTOMER_JOIN} ORDER BY p.date, p.id`;
const PAYMENT_SQL = `SELECT y.id, y.purchase_id AS purchaseId, p.reference, COALESCE(c.display_name, co.name, '') AS customer,
  y.received_on AS receivedOn, p.currency, y.amount_minor AS amountMinor, y.method, y.note
  FROM payments y JOIN purchases p ON p.id = y.purchase_id ${CUSTOMER_JOIN} WHERE y.deleted_at_ms IS NULL ORDER BY y.received_on, y.id`;

const MONEY_COLUMNS = new Set(['totalMinor', 'paidMinor', 'balanceMinor', 'amountMinor']);
const csvHeader = (column: string) => (MONEY_COLUMNS.has(column) ? column.replace(/Minor$/, '') : column);

export function exportPurchases(sqlite: Sqlite, what: 'purchases' | 'payments', format: 'csv' | 'json'): { content: string; count: number } {
  const rows = sqlite.prepare(what === 'purchases' ? PURCHASE_SQL : PAYMENT_SQL).all() as Row[];
  if (format === 'json') return { content: `${JSON.stringify(rows, null, 2)}\n`, count: rows.length };
  const columns = Object.keys(rows[0] ?? (what === 'purchases' ? { id: '', date: '', totalMinor: 0 } : { id: '', amountMinor: 0 }));
  const cell = (row: Row, column: string) => {
    const value = row[column];
    if (MONEY_COLUMNS.has(column)) return minorText(Number(value), String(row.currency));
    return neutraliseFormula(value === null || value === undefined ? '' : String(value));
  };
  const lines = [columns.map(csvHeader).join(','), ...rows.map((row) => columns.map((c) => quoteCsvCell(cell(row, c))).join(','))];
  return { content: `${lines.join('\r\n')}\r\n`, count: rows.length };
}
