// What a customer has bought and owes, computed from their purchases on each read (one indexed
// query per customer: bench/purchases.bench.ts keeps it within budget at 1,000,000 lines).
import type { Customer, CustomerSummary, PurchaseSummary } from '../../../src-shared/contract/purchases';
import { dateOfDay, dayNumber } from '../../../src-shared/sales/dates';
import { totalsByCurrency } from '../../../src-shared/sales/money';
import { averageDaysToPay, isLatePayer, typicalIntervalDays } from '../../../src-shared/sales/receivables-rules';
import type { Sqlite } from '../../db/open-database';
import { CUSTOMER_JOIN, SUMMARY_COLUMNS } from './purchases.repo';

type Row = PurchaseSummary & { paidOn: string | null };
/** What payment habits need of a purchase. */
type HabitRow = Pick<Row, 'date' | 'dueDate' | 'paidOn' | 'balanceMinor'>;

/** Facts about settled and open purchases that both the summary and receivables report. */
export function paymentHabits(rows: readonly HabitRow[], todayDay: number) {
  const settled = rows.filter((r) => r.paidOn !== null);
  const habits = settled.map((r) => ({ purchaseDay: dayNumber(r.date) ?? 0, paidDay: dayNumber(r.paidOn!) ?? 0, dueDay: dayNumber(r.dueDate) ?? 0 }));
  const settledLate = habits.filter((h) => h.paidDay > h.dueDay).length;
  const open = rows.filter((r) => r.balanceMinor > 0);
  const oldestDaysPastDue = open.reduce((max, r) => Math.max(max, todayDay - (dayNumber(r.dueDate) ?? todayDay)), 0);
  return {
    averageDaysToPay: averageDaysToPay(habits),
    isLatePayer: isLatePayer(oldestDaysPastDue, settledLate, settled.length),
    oldestDaysPastDue,
  };
}

const HABIT_SQL = `SELECT date, due_date AS dueDate, paid_on AS paidOn, total_minor - paid_minor AS balanceMinor FROM purchases WHERE`;

export function createCustomerSummary(sqlite: Sqlite) {
  const columns = `${SUMMARY_COLUMNS}, p.paid_on AS paidOn`;
  const q = {
    contact: sqlite.prepare(`SELECT ${columns} FROM purchases p ${CUSTOMER_JOIN} WHERE p.contact_id = ? ORDER BY p.date, p.id`),
    company: sqlite.prepare(`SELECT ${columns} FROM purchases p ${CUSTOMER_JOIN} WHERE p.company_id = ? ORDER BY p.date, p.id`),
    habitsOfContact: sqlite.prepare(`${HABIT_SQL} contact_id = ? AND status = 'confirmed' AND total_minor > 0`),
    habitsOfCompany: sqlite.prepare(`${HABIT_SQL} company_id = ? AND status = 'confirmed' AND total_minor > 0`),
  };

  return {
    /** Confirmed purchases of one customer with what lateness needs (receivables uses it per customer). */
    habitsOf(customer: Customer): HabitRow[] {
      return ('contactId' in customer ? q.habitsOfContact.all(customer.contactId) : q.habitsOfCompany.all(customer.companyId)) as HabitRow[];
    },

    summary(customer: Customer, todayDay: number): CustomerSummary {
      const all = ('contactId' in customer ? q.contact.all(customer.contactId) : q.company.all(customer.companyId)) as Row[];
      const confirmed = all.filter((r) => r.status === 'confirmed');
      const revenue = totalsByCurrency(confirmed.map((r) => ({ currency: r.currency, amountMinor: r.totalMinor })));
      const counts = new Map<string, number>();
      for (const r of confirmed) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
      const days = confirmed.map((r) => dayNumber(r.date) ?? 0);
      const interval = typicalIntervalDays(days);
      const lastDay = days.at(-1);
      const habits = paymentHabits(confirmed.filter((r) => r.totalMinor > 0), todayDay);
      return {
        purchaseCount: confirmed.length,
        lifetimeRevenue: revenue,
        // Rounded half up to a whole minor unit, in integers.
        averageOrder: revenue.map(({ currency, amountMinor }) => {
          const n = counts.get(currency) ?? 1;
          return { currency, amountMinor: Math.floor((2 * amountMinor + n) / (2 * n)) };
        }),
        outstanding: totalsByCurrency(confirmed.filter((r) => r.balanceMinor !== 0).map((r) => ({ currency: r.currency, amountMinor: r.balanceMinor }))),
        firstPurchaseOn: confirmed[0]?.date ?? null,
        lastPurchaseOn: confirmed.at(-1)?.date ?? null,
        typicalIntervalDays: interval,
        expectedReorderOn: interval !== null && lastDay !== undefined ? dateOfDay(lastDay + interval) : null,
        averageDaysToPay: habits.averageDaysToPay,
        isLatePayer: habits.isLatePayer,
        recent: all.slice(-20).reverse().map(({ paidOn: _paidOn, ...summary }) => summary),
      };
    },
  };
}

export type CustomerSummaryReader = ReturnType<typeof createCustomerSummary>;
