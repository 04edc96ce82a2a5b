// What customers owe, by how long it is past due. Reads only open purchases (a partial index keeps
// them apart), then looks up payment habits for the customers shown.
import type { AgeingRow, ReceivableCustomer, Receivables } from '../../../src-shared/contract/purchases';
import { dayNumber } from '../../../src-shared/sales/dates';
import { ageingBucket } from '../../../src-shared/sales/receivables-rules';
import type { Sqlite } from '../../db/open-database';
import { paymentHabits, type CustomerSummaryReader } from './customer-summary';

interface OpenRow {
  id: string;
  contactId: string | null;
  companyId: string | null;
  currency: string;
  dueDate: string;
  balanceMinor: number;
}

const emptyRow = (currency: string): AgeingRow => ({ currency, current: 0, d1to30: 0, d31to60: 0, d61to90: 0, d90plus: 0, totalMinor: 0 });

export function createReceivables(sqlite: Sqlite, summaries: CustomerSummaryReader) {
  const open = sqlite.prepare(
    `SELECT id, contact_id AS contactId, company_id AS companyId, currency, due_date AS dueDate, total_minor - paid_minor AS balanceMinor
     FROM purchases INDEXED BY purchases_open WHERE status = 'confirmed' AND total_minor <> paid_minor`,
  );
  const contactName = sqlite.prepare('SELECT display_name FROM contacts WHERE id = ?').pluck();
  const companyName = sqlite.prepare('SELECT name FROM companies WHERE id = ?').pluck();

  return function receivables(asOf: string, limit: number): Receivables {
    const today = dayNumber(asOf) ?? 0;
    // Many open purchases share a due date: parse each date once.
    const days = new Map<string, number>();
    const dayOf = (date: string) => {
      let day = days.get(date);
      if (day === undefined) days.set(date, (day = dayNumber(date) ?? today));
      return day;
    };
    const totals = new Map<string, AgeingRow>();
    const customers = new Map<string, ReceivableCustomer & { oldestDueDay: number }>();
    for (const row of open.iterate() as IterableIterator<OpenRow>) {
      // Credits (paid more than owed) lower the customer's total but are not aged.
      const daysPastDue = today - dayOf(row.dueDate);
      const bucket = row.balanceMinor > 0 ? ageingBucket(daysPastDue) : 'current';
      const total = totals.get(row.currency) ?? emptyRow(row.currency);
      total[bucket] += row.balanceMinor;
      total.totalMinor += row.balanceMinor;
      totals.set(row.currency, total);
      const key = `${row.contactId ?? ''}|${row.companyId ?? ''}|${row.currency}`;
      let customer = customers.get(key);
      if (!customer) {
        customer = {
          ...emptyRow(row.currency),
          contactId: row.contactId,
          companyId: row.contactId ? null : row.companyId,
          customerName: '',
          openPurchases: 0,
          oldestDaysPastDue: 0,
          averageDaysToPay: null,
          isLatePayer: false,
          oldestPurchaseId: row.id,
          oldestDueDay: Number.POSITIVE_INFINITY,
        };
        customers.set(key, customer);
      }
      customer[bucket] += row.balanceMinor;
      customer.totalMinor += row.balanceMinor;
      if (row.balanceMinor > 0) {
        customer.openPurchases += 1;
        const dueDay = today - daysPastDue;
        if (dueDay < customer.oldestDueDay) {
          customer.oldestDueDay = dueDay;
          customer.oldestPurchaseId = row.id;
          customer.oldestDaysPastDue = Math.max(0, daysPastDue);
        }
      }
    }
    // Most overdue first, then the largest amount.
    const owing = [...customers.values()].filter((c) => c.totalMinor > 0);
    owing.sort((a, b) => b.oldestDaysPastDue - a.oldestDaysPastDue || b.totalMinor - a.totalMinor);
    const shown = owing.slice(0, limit).map(({ oldestDueDay: _oldestDueDay, ...c }) => {
      const customer = c.contactId ? { contactId: c.contactId } : { companyId: c.companyId! };
      const habits = paymentHabits(summaries.habitsOf(customer), today);
      const name = (c.contactId ? contactName.get(c.contactId) : companyName.get(c.companyId!)) as string | undefined;
      return { ...c, customerName: name ?? '', averageDaysToPay: habits.averageDaysToPay, isLatePayer: habits.isLatePayer };
    });
    return { asOf, totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)), customers: shown };
  };
}
