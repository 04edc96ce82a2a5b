import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Products, purchases (orders/invoices), their lines and payments received. Money is integer minor
// units with an ISO currency; dates without a time are `YYYY-MM-DD` text. Quantities are integer
// thousandths (`qty_milli`: 1.5 kg = 1500), so a line total is integer arithmetic (money.ts).
// Totals and amounts paid are derived, local columns (synced-tables.ts LOCAL_COLUMNS): each machine
// recomputes them from the lines and payments it holds.

export const products = sqliteTable(
  'products',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Stock-keeping unit; unique among active products (checked by the service, not a constraint, because sync merges). */
    sku: text('sku').notNull().default(''),
    category: text('category').notNull().default(''),
    unitPriceMinor: integer('unit_price_minor').notNull().default(0),
    currency: text('currency').notNull(),
    /** Tax rate in basis points: 1800 = 18 %. */
    taxBp: integer('tax_bp').notNull().default(0),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [index('products_sku').on(t.sku).where(sql`is_active = 1`), index('products_name').on(t.name)],
);

export const purchases = sqliteTable(
  'purchases',
  {
    id: text('id').primaryKey(),
    /** The customer: a contact, a company, or both (a person buying for their company). */
    contactId: text('contact_id'),
    companyId: text('company_id'),
    /** Purchase date, `YYYY-MM-DD`. */
    date: text('date').notNull(),
    reference: text('reference').notNull().default(''),
    /** draft, confirmed or cancelled; only confirmed purchases count as revenue and are owed. */
    status: text('status').notNull().default('confirmed'),
    currency: text('currency').notNull(),
    paymentTermsDays: integer('payment_terms_days').notNull().default(0),
    /** `YYYY-MM-DD`: the date plus the terms unless entered. */
    dueDate: text('due_date').notNull(),
    notes: text('notes').notNull().default(''),
    /** Derived (local): sum of the live lines' totals. */
    totalMinor: integer('total_minor').notNull().default(0),
    /** Derived (local): sum of the live payments. */
    paidMinor: integer('paid_minor').notNull().default(0),
    /** Derived (local): the date of the payment that settled it, or null while anything is owed. */
    paidOn: text('paid_on'),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    // With the status, "due to reorder" reads every customer's purchase dates from the index alone.
    index('purchases_contact').on(t.contactId, t.date, t.status).where(sql`contact_id IS NOT NULL`),
    index('purchases_company').on(t.companyId, t.date, t.status, t.contactId).where(sql`company_id IS NOT NULL`),
    index('purchases_date').on(t.date),
    // Covering: receivables read every open purchase from the index alone, without table lookups.
    index('purchases_open')
      .on(t.dueDate, t.contactId, t.companyId, t.currency, t.totalMinor, t.paidMinor, t.id)
      .where(sql`status = 'confirmed' AND total_minor <> paid_minor`),
  ],
);

export const purchaseLines = sqliteTable(
  'purchase_lines',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull(),
    productId: text('product_id'),
    description: text('description').notNull().default(''),
    /** Quantity in thousandths (1 = 1000). */
    qtyMilli: integer('qty_milli').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    /** Discount in basis points of the line amount: 1000 = 10 %. */
    discountBp: integer('discount_bp').notNull().default(0),
    taxBp: integer('tax_bp').notNull().default(0),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Derived (local): the line total with discount and tax (money.ts lineTotal). */
    totalMinor: integer('total_minor').notNull().default(0),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [
    index('purchase_lines_purchase').on(t.purchaseId, t.sortOrder).where(sql`deleted_at_ms IS NULL`),
    index('purchase_lines_product').on(t.productId).where(sql`deleted_at_ms IS NULL AND product_id IS NOT NULL`),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    purchaseId: text('purchase_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    /** `YYYY-MM-DD`. */
    receivedOn: text('received_on').notNull(),
    /** cash, upi, card, bank, cheque or other. */
    method: text('method').notNull().default('other'),
    note: text('note').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
    deletedAtMs: integer('deleted_at_ms'),
  },
  (t) => [index('payments_purchase').on(t.purchaseId, t.receivedOn).where(sql`deleted_at_ms IS NULL`)],
);
