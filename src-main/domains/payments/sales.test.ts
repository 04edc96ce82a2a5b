import { beforeEach, describe, expect, it } from 'vitest';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService } from '../contacts';
import { createSalesDomains, type SalesDomains } from './sales-domains';

let sqlite: Sqlite;
let sales: SalesDomains;
let asha: string;
let ravi: string;
let nowMs = Date.UTC(2025, 5, 1, 12);

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  const contacts = createContactsService(sqlite, events, writer);
  [asha, ravi] = contacts.createMany([{ givenName: 'Asha', familyName: 'Rao' }, { givenName: 'Ravi', familyName: 'Iyer' }]) as [string, string];
  nowMs = Date.UTC(2025, 5, 1, 12);
  sales = createSalesDomains({ sqlite, events, writer, now: () => nowMs });
});

const sale = (contactId: string, date: string, priceMinor: number, extra: object = {}) =>
  sales.purchases.create({ contactId, date, lines: [{ qtyMilli: 1000, unitPriceMinor: priceMinor }], ...extra });

describe('products', () => {
  it('keeps a SKU unique among active products, free again once deactivated', () => {
    const tea = sales.products.create({ name: 'Assam tea', sku: 'TEA-1', unitPriceMinor: 52_000, taxBp: 500 });
    expect(() => sales.products.create({ name: 'Other tea', sku: 'tea-1' })).toThrow(/tea-1 already belongs to the active product “Assam tea”/);
    sales.products.setActive(tea.id, false);
    expect(sales.products.list('', false, 10).items).toHaveLength(0);
    expect(sales.products.create({ name: 'Other tea', sku: 'TEA-1' }).sku).toBe('TEA-1');
    expect(() => sales.products.setActive(tea.id, true)).toThrow(/already belongs/);
  });
});

describe('purchases and payments', () => {
  it('totals lines in integers and tracks partial payments to the balance', () => {
    const p = sales.purchases.create({
      contactId: asha,
      date: '2025-05-01',
      paymentTermsDays: 30,
      lines: [
        { description: 'Rice', qtyMilli: 2000, unitPriceMinor: 64_000, taxBp: 500 },
        { description: 'Oil', qtyMilli: 1500, unitPriceMinor: 15_500, discountBp: 1000 },
      ],
    });
    // 2 × 640.00 + 5 % = 1344.00; 1.5 × 155.00 = 232.50 − 10 % = 209.25.
    expect(p.totalMinor).toBe(134_400 + 20_925);
    expect(p.dueDate).toBe('2025-05-31');
    const after = sales.payments.record({ purchaseId: p.id, amountMinor: 50_000, receivedOn: '2025-05-10', method: 'upi', note: '', overpayment: 'reject' });
    expect(after.paidMinor).toBe(50_000);
    expect(after.balanceMinor).toBe(155_325 - 50_000);
  });

  it('refuses a negative or zero quantity and a purchase without a customer', () => {
    expect(() => sales.purchases.create({ contactId: asha, date: '2025-05-01', lines: [{ qtyMilli: -1000, unitPriceMinor: 100 }] })).toThrow(/more than zero/);
    expect(() => sales.purchases.create({ date: '2025-05-01', lines: [{ qtyMilli: 1000, unitPriceMinor: 100 }] })).toThrow(/needs a customer/);
  });

  it('rejects an overpayment with the balance in the message, or keeps the excess as credit', () => {
    const p = sale(asha, '2025-05-01', 10_000, { reference: 'INV-7' });
    const pay = (amountMinor: number, overpayment: 'reject' | 'credit') =>
      sales.payments.record({ purchaseId: p.id, amountMinor, receivedOn: '2025-05-02', method: 'cash', note: '', overpayment });
    expect(() => pay(12_000, 'reject')).toThrow('This payment of INR 120.00 is more than the INR 100.00 still owed on purchase INV-7');
    expect(sales.purchases.get(p.id).payments).toHaveLength(0);
    const credited = pay(12_000, 'credit');
    expect(credited.balanceMinor).toBe(-2_000);
    expect(sales.reads.summary({ contactId: asha }).outstanding).toEqual([{ currency: 'INR', amountMinor: -2_000 }]);
  });

  it('removing a payment and undoing it restores the balance', () => {
    const p = sale(asha, '2025-05-01', 10_000);
    const paid = sales.payments.record({ purchaseId: p.id, amountMinor: 10_000, receivedOn: '2025-05-03', method: 'cash', note: '', overpayment: 'reject' });
    const paymentId = paid.payments[0]!.id;
    expect(sales.payments.remove(paymentId).balanceMinor).toBe(10_000);
    expect(sales.payments.restore(paymentId).balanceMinor).toBe(0);
  });

  it('summarises a customer: revenue per currency, average order, first/last, interval, days to pay', () => {
    for (const [date, amount] of [['2025-01-01', 10_000], ['2025-01-31', 20_000], ['2025-03-02', 30_001]] as const) {
      const p = sale(asha, date, amount);
      sales.payments.record({ purchaseId: p.id, amountMinor: amount, receivedOn: date === '2025-01-01' ? '2025-01-11' : date, method: 'cash', note: '', overpayment: 'reject' });
    }
    sale(asha, '2025-04-01', 500, { currency: 'USD' });
    const cancelled = sale(asha, '2025-04-02', 99_999);
    sales.purchases.setStatus(cancelled.id, 'cancelled');
    const s = sales.reads.summary({ contactId: asha });
    expect(s.purchaseCount).toBe(4);
    expect(s.lifetimeRevenue).toEqual([{ currency: 'INR', amountMinor: 60_001 }, { currency: 'USD', amountMinor: 500 }]);
    expect(s.averageOrder).toEqual([{ currency: 'INR', amountMinor: 20_000 }, { currency: 'USD', amountMinor: 500 }]);
    expect(s.firstPurchaseOn).toBe('2025-01-01');
    expect(s.lastPurchaseOn).toBe('2025-04-01');
    // Gaps 30, 30, 30 days.
    expect(s.typicalIntervalDays).toBe(30);
    expect(s.expectedReorderOn).toBe('2025-05-01');
    // Paid after 10, 0 and 0 days.
    expect(s.averageDaysToPay).toBe(3);
    expect(s.outstanding).toEqual([{ currency: 'USD', amountMinor: 500 }]);
  });

  it('ages what is owed per customer and flags a late payer', () => {
    sale(asha, '2025-01-01', 10_000); // due 2025-01-01: 151 days past due on 2025-06-01
    sale(asha, '2025-05-20', 5_000, { paymentTermsDays: 30 }); // due 2025-06-19: current
    const partly = sale(ravi, '2025-05-01', 8_000); // 31 days past due
    sales.payments.record({ purchaseId: partly.id, amountMinor: 3_000, receivedOn: '2025-05-05', method: 'upi', note: '', overpayment: 'reject' });
    const r = sales.reads.receivables('2025-06-01', 100);
    expect(r.totals).toEqual([{ currency: 'INR', current: 5_000, d1to30: 0, d31to60: 5_000, d61to90: 0, d90plus: 10_000, totalMinor: 20_000 }]);
    expect(r.customers.map((c) => [c.customerName, c.oldestDaysPastDue, c.totalMinor, c.isLatePayer])).toEqual([
      ['Asha Rao', 151, 15_000, true],
      ['Ravi Iyer', 31, 5_000, true],
    ]);
    expect(sales.reads.receivables('2025-05-31', 100).totals[0]!.d1to30).toBe(5_000);
  });

  it('lists customers past their expected reorder date, per customer and per product', () => {
    const tea = sales.products.create({ name: 'Assam tea', sku: 'TEA-1', unitPriceMinor: 100 });
    for (const date of ['2025-03-01', '2025-03-15', '2025-03-29']) {
      sales.purchases.create({ contactId: asha, date, lines: [{ productId: tea.id, qtyMilli: 1000, unitPriceMinor: 100 }] });
    }
    sale(ravi, '2025-05-01', 100);
    sale(ravi, '2025-05-31', 100); // expected 2025-06-30: not due yet
    const due = sales.reads.dueToReorder({ asOfMs: Date.UTC(2025, 3, 20, 12) });
    expect(due.map((d) => [d.customerName, d.productName, d.expectedOn, d.daysOverdue])).toEqual([
      ['Asha Rao', null, '2025-04-12', 8],
      ['Asha Rao', 'Assam tea', '2025-04-12', 8],
    ]);
    expect(sales.reads.dueToReorder({ asOfMs: Date.UTC(2025, 3, 10, 12) })).toEqual([]);
  });

  it('gives purchases and payments as timeline items, newest first', () => {
    const p = sale(asha, '2025-05-01', 10_000);
    sales.payments.record({ purchaseId: p.id, amountMinor: 4_000, receivedOn: '2025-05-09', method: 'cash', note: '', overpayment: 'reject' });
    expect(sales.reads.forContact({ contactId: asha }).map((i) => [i.kind, i.date, i.amountMinor])).toEqual([
      ['payment', '2025-05-09', 4_000],
      ['purchase', '2025-05-01', 10_000],
    ]);
  });

  it('refuses a chase without a reminders hook instead of pretending', async () => {
    const p = sale(asha, '2025-05-01', 10_000);
    await expect(sales.payments.chase(p.id)).rejects.toThrow(/Reminders are not available/);
  });
});

describe('due to reorder, kept between reads', () => {
  it('answers again from memory until a purchase changes', () => {
    const first = [sale(asha, '2025-03-01', 100), sale(asha, '2025-03-15', 100)];
    const asOfMs = Date.UTC(2025, 3, 20, 12);
    const before = sales.reads.dueToReorder({ asOfMs });
    expect(before.map((d) => d.expectedOn)).toEqual(['2025-03-29']);
    expect(sales.reads.dueToReorder({ asOfMs })).toBe(before);
    sale(asha, '2025-04-10', 100);
    expect(sales.reads.dueToReorder({ asOfMs })).toEqual([]);
    sales.purchases.setStatus(first[1]!.id, 'cancelled');
    // Gaps now 40 days: expected 2025-05-20.
    expect(sales.reads.dueToReorder({ asOfMs: Date.UTC(2025, 4, 25, 12) }).map((d) => d.expectedOn)).toEqual(['2025-05-20']);
  });
});

describe('follow-up reminders through the reminders hook', () => {
  it('chases what is owed and offers a reorder, naming the customer, amount and product', async () => {
    const asked: Parameters<NonNullable<Parameters<typeof createSalesDomains>[0]['createReminder']>>[0][] = [];
    const withReminders = createSalesDomains({ sqlite, events: new EventBus(), writer: createChangeWriter(sqlite), now: () => nowMs, createReminder: (r) => (asked.push(r), `reminder-${asked.length}`) });
    const p = withReminders.purchases.create({ contactId: asha, date: '2025-05-01', reference: 'INV-9', lines: [{ qtyMilli: 1000, unitPriceMinor: 25_050 }] });
    await expect(withReminders.payments.chase(p.id)).resolves.toEqual({ reminderId: 'reminder-1' });
    const tea = withReminders.products.create({ name: 'Assam tea', sku: 'TEA-9' });
    await withReminders.handlers.purchases.remindReorder({ contactId: asha, companyId: null, productId: tea.id });
    expect(asked.map((r) => [r.title, r.purchaseId, r.productId])).toEqual([
      ['Chase payment of INR 250.50 from Asha Rao (INV-9)', p.id, null],
      ['Offer Assam tea to Asha Rao again', null, tea.id],
    ]);
    expect(asked[0]!.dueAtMs).toBe(nowMs + 86_400_000);
    withReminders.payments.record({ purchaseId: p.id, amountMinor: 25_050, receivedOn: '2025-05-02', method: 'cash', note: '', overpayment: 'reject' });
    await expect(withReminders.payments.chase(p.id)).rejects.toThrow('Nothing is owed');
  });
});
