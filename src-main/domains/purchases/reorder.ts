// "Due to reorder": customers (and, for them, products) whose last purchase plus their typical
// interval between purchases lies before today. One pass over confirmed purchases in customer order.
import type { ReorderItem } from '../../../src-shared/contract/purchases';
import { dateOfDay, dayNumber } from '../../../src-shared/sales/dates';
import { typicalIntervalDays } from '../../../src-shared/sales/receivables-rules';
import type { Sqlite } from '../../db/open-database';

interface DateRow {
  customerId: string;
  date: string;
}

export function createReorder(sqlite: Sqlite) {
  const q = {
    contacts: sqlite.prepare(
      `SELECT contact_id AS customerId, date FROM purchases INDEXED BY purchases_contact
       WHERE contact_id IS NOT NULL AND status = 'confirmed' ORDER BY contact_id, date`,
    ),
    companies: sqlite.prepare(
      `SELECT company_id AS customerId, date FROM purchases INDEXED BY purchases_company
       WHERE company_id IS NOT NULL AND contact_id IS NULL AND status = 'confirmed' ORDER BY company_id, date`,
    ),
    productDates: (column: 'contact_id' | 'company_id') =>
      sqlite.prepare(
        `SELECT l.product_id AS customerId, p.date FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id
         WHERE p.${column} = ? AND p.status = 'confirmed' AND l.deleted_at_ms IS NULL AND l.product_id IS NOT NULL ORDER BY l.product_id, p.date`,
      ),
    contactName: sqlite.prepare('SELECT display_name FROM contacts WHERE id = ? AND archived_at_ms IS NULL').pluck(),
    companyName: sqlite.prepare('SELECT name FROM companies WHERE id = ? AND archived_at_ms IS NULL').pluck(),
    productName: sqlite.prepare('SELECT name FROM products WHERE id = ?').pluck(),
  };
  const productDates = { contact_id: q.productDates('contact_id'), company_id: q.productDates('company_id') };

  // Purchase dates repeat across customers: parse each once.
  const days = new Map<string, number>();
  const dayOf = (date: string) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayNumber(date) ?? 0));
    return day;
  };

  /** Groups date rows by id and yields the ones past their expected date. */
  function* overdue(rows: Iterable<DateRow>, today: number) {
    let current: string | null = null;
    let dates: number[] = [];
    const flush = function* (id: string | null) {
      if (id === null) return;
      const interval = typicalIntervalDays(dates);
      const last = dates.at(-1);
      if (interval === null || interval === 0 || last === undefined) return;
      const expected = last + interval;
      if (expected < today) yield { id, last, interval, expected };
    };
    for (const row of rows) {
      if (row.customerId !== current) {
        yield* flush(current);
        current = row.customerId;
        dates = [];
      }
      dates.push(dayOf(row.date));
    }
    yield* flush(current);
  }

  return function dueToReorder(today: number, limit: number, perProduct: boolean): ReorderItem[] {
    const found: { column: 'contact_id' | 'company_id'; id: string; last: number; interval: number; expected: number }[] = [];
    for (const hit of overdue(q.contacts.iterate() as IterableIterator<DateRow>, today)) found.push({ column: 'contact_id', ...hit });
    for (const hit of overdue(q.companies.iterate() as IterableIterator<DateRow>, today)) found.push({ column: 'company_id', ...hit });
    // Longest overdue first.
    found.sort((a, b) => a.expected - b.expected);
    const items: ReorderItem[] = [];
    for (const hit of found) {
      if (items.length >= limit) break;
      const isContact = hit.column === 'contact_id';
      const name = (isContact ? q.contactName.get(hit.id) : q.companyName.get(hit.id)) as string | undefined;
      if (name === undefined) continue;
      const base = { contactId: isContact ? hit.id : null, companyId: isContact ? null : hit.id, customerName: name };
      const item = (productId: string | null, productName: string | null, h: { last: number; interval: number; expected: number }) => ({
        ...base,
        productId,
        productName,
        lastPurchaseOn: dateOfDay(h.last),
        typicalIntervalDays: h.interval,
        expectedOn: dateOfDay(h.expected),
        daysOverdue: today - h.expected,
      });
      items.push(item(null, null, hit));
      if (!perProduct) continue;
      for (const p of overdue(productDates[hit.column].iterate(hit.id) as IterableIterator<DateRow>, today)) {
        items.push(item(p.id, (q.productName.get(p.id) as string | undefined) ?? null, p));
      }
    }
    return items.slice(0, limit);
  };
}
