// A shop's sales history as CSV, one sales line per row: customer (email or id), date, product
// (SKU, or name), qty, price; optional reference, currency, description, discount % and tax %.
// Rows with the same customer, date and reference become one purchase. All or nothing: any row
// error imports nothing and every error is reported with its line number.
import Papa from 'papaparse';
import type { NewPurchase, PurchaseImportResult } from '../../../src-shared/contract/purchases';
import { addDays, isDate } from '../../../src-shared/sales/dates';
import { minorDigits, parseQtyMilli, parseScaled } from '../../../src-shared/sales/money';
import type { Sqlite } from '../../db/open-database';

const HEADERS: Record<string, string> = {
  customer: 'customer', email: 'customer', customeremail: 'customer', customerid: 'customer', contact: 'customer',
  date: 'date', purchasedate: 'date',
  sku: 'product', product: 'product', productsku: 'product', item: 'product',
  qty: 'qty', quantity: 'qty',
  price: 'price', unitprice: 'price', rate: 'price',
  reference: 'reference', ref: 'reference', invoice: 'reference', invoiceno: 'reference', order: 'reference',
  currency: 'currency', description: 'description', discount: 'discount', tax: 'tax',
};
const REQUIRED = ['customer', 'date', 'product', 'qty', 'price'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ProductRef {
  id: string;
  name: string;
  taxBp: number;
}

export function createPurchasesImport(sqlite: Sqlite) {
  const q = {
    emails: sqlite.prepare(
      `SELECT lower(e.value) AS email, e.contact_id AS id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE e.deleted_at_ms IS NULL AND c.archived_at_ms IS NULL ORDER BY e.is_primary`,
    ),
    contact: sqlite.prepare('SELECT 1 FROM contacts WHERE id = ? AND archived_at_ms IS NULL').pluck(),
    company: sqlite.prepare('SELECT 1 FROM companies WHERE id = ? AND archived_at_ms IS NULL').pluck(),
    products: sqlite.prepare('SELECT id, name, sku, tax_bp AS taxBp FROM products WHERE is_active = 1'),
  };

  /** Parses and checks the whole file; returns the purchases to write, or the errors. */
  return function plan(text: string, defaultCurrency: string): { purchases: NewPurchase[]; lines: number; errors: PurchaseImportResult['errors'] } {
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    const [header, ...rows] = parsed.data;
    const errors: PurchaseImportResult['errors'] = [];
    if (!header) return { purchases: [], lines: 0, errors: [{ line: 1, message: 'The file is empty.' }] };
    const columns = header.map((h) => HEADERS[h.toLowerCase().replace(/[^a-z]/g, '')] ?? null);
    const missing = REQUIRED.filter((name) => !columns.includes(name));
    if (missing.length > 0) return { purchases: [], lines: 0, errors: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}` }] };

    const emails = new Map<string, string>();
    for (const { email, id } of q.emails.iterate() as IterableIterator<{ email: string; id: string }>) emails.set(email, id);
    const bySku = new Map<string, ProductRef>();
    const byName = new Map<string, ProductRef>();
    for (const p of q.products.iterate() as IterableIterator<ProductRef & { sku: string }>) {
      if (p.sku) bySku.set(p.sku.toLowerCase(), p);
      byName.set(p.name.toLowerCase(), p);
    }

    const groups = new Map<string, NewPurchase>();
    let lineCount = 0;
    rows.forEach((cells, index) => {
      const line = index + 2;
      const cell = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
      const problems: string[] = [];
      const customerText = cell('customer');
      let customer: { contactId: string | null; companyId: string | null } | null = null;
      if (UUID.test(customerText)) {
        const id = customerText.toLowerCase();
        if (q.contact.get(id)) customer = { contactId: id, companyId: null };
        else if (q.company.get(id)) customer = { contactId: null, companyId: id };
      } else {
        const id = emails.get(customerText.toLowerCase());
        if (id) customer = { contactId: id, companyId: null };
      }
      if (!customer) problems.push(customerText ? `unknown customer “${customerText}”` : 'no customer');
      const date = cell('date');
      if (!isDate(date)) problems.push(`the date “${date}” is not YYYY-MM-DD`);
      const productText = cell('product');
      const product = bySku.get(productText.toLowerCase()) ?? byName.get(productText.toLowerCase());
      if (!product) problems.push(productText ? `unknown product or SKU “${productText}”` : 'no product');
      const qtyMilli = parseQtyMilli(cell('qty'));
      if (qtyMilli === null) problems.push(`the quantity “${cell('qty')}” is not a number (up to 3 decimals)`);
      else if (qtyMilli <= 0) problems.push(`the quantity ${cell('qty')} must be more than zero`);
      const currency = (cell('currency') || defaultCurrency).toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) problems.push(`the currency “${currency}” is not a three-letter code`);
      const priceMinor = parseScaled(cell('price'), minorDigits(currency));
      if (priceMinor === null) problems.push(`the price “${cell('price')}” is not an amount in ${currency}`);
      else if (priceMinor < 0) problems.push('the price cannot be negative');
      const percent = (name: string) => {
        const text = cell(name).replace(/%$/, '');
        if (!text) return null;
        const bp = parseScaled(text, 2);
        if (bp === null || bp < 0 || bp > 10_000) problems.push(`the ${name} “${cell(name)}” is not a percentage`);
        return bp;
      };
      const discountBp = percent('discount') ?? 0;
      const taxBp = percent('tax');
      if (problems.length > 0 || !customer || !product || qtyMilli === null || priceMinor === null) {
        errors.push({ line, message: problems.join('; ') });
        return;
      }
      const reference = cell('reference');
      const key = `${customer.contactId ?? customer.companyId}|${date}|${reference}`;
      let purchase = groups.get(key);
      if (!purchase) {
        purchase = { ...customer, date, reference, status: 'confirmed', currency, paymentTermsDays: 0, dueDate: addDays(date, 0), notes: '', lines: [] };
        groups.set(key, purchase);
      } else if (purchase.currency !== currency) {
        errors.push({ line, message: `the currency ${currency} differs from ${purchase.currency} on other lines of the same purchase` });
        return;
      }
      purchase.lines.push({ productId: product.id, description: cell('description') || product.name, qtyMilli, unitPriceMinor: priceMinor, discountBp, taxBp: taxBp ?? product.taxBp });
      lineCount += 1;
    });
    return { purchases: errors.length > 0 ? [] : [...groups.values()], lines: errors.length > 0 ? 0 : lineCount, errors };
  };
}
