// Demo products, purchases and payments for the demo contacts: a catalogue of a small Indian
// trading business, customers who reorder on their own rhythm, cash sales paid on the day and
// credit sales on 15–45 day terms, some paid late, partly or not yet (so receivables have ageing).
import type { NewPurchase } from '../../../src-shared/contract/purchases';
import { addDays, dateOfDay, dayNumber, localDate } from '../../../src-shared/sales/dates';
import { lineTotal } from '../../../src-shared/sales/money';
import { createRandom, type Random } from '../../seed/random';
import type { SalesDomains } from '../payments';

const CATALOGUE: [name: string, category: string, rupees: number, taxPercent: number][] = [
  ['Basmati rice 5 kg', 'Groceries', 640, 5], ['Toor dal 1 kg', 'Groceries', 165, 5], ['Sunflower oil 1 L', 'Groceries', 155, 5],
  ['Filter coffee 500 g', 'Beverages', 310, 5], ['Assam tea 1 kg', 'Beverages', 520, 5], ['A4 paper ream', 'Stationery', 290, 12],
  ['Ball pens (box of 50)', 'Stationery', 250, 18], ['Printer toner', 'Office', 2450, 18], ['LED tube light', 'Electricals', 380, 18],
  ['Ceiling fan', 'Electricals', 2150, 18], ['Extension board', 'Electricals', 540, 18], ['Steel tiffin box', 'Kitchen', 720, 12],
  ['Pressure cooker 5 L', 'Kitchen', 2350, 12], ['Cotton bedsheet', 'Textiles', 899, 5], ['Silk saree', 'Textiles', 5400, 5],
  ['Handloom towel', 'Textiles', 260, 5], ['Hand sanitiser 500 ml', 'Personal care', 180, 18], ['Coconut oil 1 L', 'Personal care', 340, 18],
  ['Annual maintenance visit', 'Services', 3500, 18], ['Installation charge', 'Services', 750, 18], ['Delivery (local)', 'Services', 120, 18],
  ['Water purifier filter', 'Appliances', 1850, 18], ['Mixer grinder', 'Appliances', 3899, 18], ['Notebook (pack of 6)', 'Stationery', 210, 12],
];

interface SeedOptions {
  seed: number;
  /** Sales lines to create in total. */
  lines: number;
  todayMs?: number;
}

export function seedSales(sales: SalesDomains, contactIds: readonly string[], options: SeedOptions): { products: number; purchases: number; lines: number; payments: number } {
  if (options.lines <= 0 || contactIds.length === 0) return { products: 0, purchases: 0, lines: 0, payments: 0 };
  const random = createRandom(options.seed * 7919 + 13);
  // A second seed into the same data reuses the catalogue (SKUs are unique among active products).
  const existing = new Map(sales.products.list('', false, 1000).items.map((p) => [p.sku, p]));
  const product = (fields: Parameters<SalesDomains['products']['create']>[0] & { sku: string }) => existing.get(fields.sku) ?? sales.products.create(fields);
  const products = CATALOGUE.map(([name, category, rupees, taxPercent], i) =>
    product({ name, category, sku: `SKU-${String(1001 + i)}`, unitPriceMinor: rupees * 100, currency: 'INR', taxBp: taxPercent * 100 }),
  );
  products.push(product({ name: 'Export consulting (hour)', category: 'Services', sku: 'EXP-1', unitPriceMinor: 9000, currency: 'USD', taxBp: 0 }));
  const today = dayNumber(localDate(options.todayMs ?? Date.now())) ?? 0;

  // About 3 lines per purchase; 60 % of contacts buy (at least one customer).
  const customers = contactIds.filter(() => random.chance(0.6));
  if (customers.length === 0) customers.push(contactIds[0]!);
  const purchasesPerCustomer = Math.max(1, options.lines / 3 / customers.length);
  let remaining = options.lines;
  const counts = { products: products.length, purchases: 0, lines: 0, payments: 0 };
  const batch: NewPurchase[] = [];
  const flush = () => {
    const ids = sales.purchases.createMany(batch, true);
    const paymentsToWrite = batch.flatMap((purchase, i) => paymentsFor(random, purchase, ids[i]!, today));
    sales.payments.recordMany(paymentsToWrite);
    counts.purchases += batch.length;
    counts.payments += paymentsToWrite.length;
    batch.length = 0;
  };

  for (let c = 0; remaining > 0; c = (c + 1) % customers.length) {
    const contactId = customers[c]!;
    const favourites = [random.pick(products), random.pick(products), random.pick(products)].filter((p) => p.currency === 'INR');
    const intervalDays = random.pick([7, 14, 30, 30, 45, 60, 90, 120]);
    const count = Math.max(1, Math.round(purchasesPerCustomer * (0.5 + random.next())));
    const isCredit = random.chance(0.3);
    let day = today - random.between(0, 20) - intervalDays * count;
    for (let n = 0; n < count && remaining > 0; n++) {
      day += Math.max(1, Math.round(intervalDays * (0.7 + random.next() * 0.6)));
      if (day > today) break;
      const lineCount = Math.min(remaining, random.between(1, 5));
      const lines = Array.from({ length: lineCount }, (_, i) => {
        const product = i < favourites.length && random.chance(0.7) ? favourites[i]! : random.pick(products.filter((p) => p.currency === 'INR'));
        return { productId: product.id, description: product.name, qtyMilli: random.between(1, 6) * 1000, unitPriceMinor: product.unitPriceMinor, discountBp: random.chance(0.1) ? 500 : 0, taxBp: product.taxBp };
      });
      const date = dateOfDay(day);
      const terms = isCredit ? random.pick([15, 30, 45]) : 0;
      batch.push({ contactId, companyId: null, date, reference: `INV-${String(counts.purchases + batch.length + 1).padStart(7, '0')}`, status: 'confirmed', currency: 'INR', paymentTermsDays: terms, dueDate: addDays(date, terms), notes: '', lines });
      remaining -= lineCount;
      counts.lines += lineCount;
      if (batch.length >= 5000) flush();
    }
  }
  if (batch.length > 0) flush();
  return counts;
}

/** Cash sales are paid on the day; credit sales mostly on time, some late, partly or not at all. */
function paymentsFor(random: Random, purchase: NewPurchase, purchaseId: string, today: number) {
  const total = purchase.lines.reduce((sum, line) => sum + lineTotal(line), 0);
  const day = dayNumber(purchase.date) ?? today;
  if (purchase.paymentTermsDays === 0) return [{ purchaseId, amountMinor: total, receivedOn: purchase.date, method: random.pick(['cash', 'upi', 'upi', 'card']) }];
  const roll = random.next();
  const dueDay = day + purchase.paymentTermsDays;
  if (roll < 0.15) return [];
  const paidDay = Math.min(today, roll < 0.65 ? day + random.between(1, purchase.paymentTermsDays) : dueDay + random.between(1, 60));
  if (roll < 0.85) return [{ purchaseId, amountMinor: total, receivedOn: dateOfDay(paidDay), method: 'bank' }];
  const part = Math.floor(total / 2);
  return [{ purchaseId, amountMinor: part, receivedOn: dateOfDay(paidDay), method: 'bank' }];
}
