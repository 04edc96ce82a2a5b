import { z } from 'zod';
import { EpochMs, Id, LongText, ShortText } from './common';
import { method } from './method';
import { BasisPoints, Currency, MinorUnits } from './products';

/** A calendar date without a time, `YYYY-MM-DD`. */
export const CalendarDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}, 'A date is written YYYY-MM-DD');

export const PURCHASE_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;
export const PurchaseStatus = z.enum(PURCHASE_STATUSES);

export const NewLine = z.object({
  productId: Id.nullable().default(null),
  description: ShortText.default(''),
  /** Thousandths: 2 units = 2000, 1.5 kg = 1500. Must be more than zero. */
  qtyMilli: z.number().int().min(1, 'A quantity must be more than zero').max(1e12),
  unitPriceMinor: MinorUnits.min(0, 'A price cannot be negative'),
  discountBp: BasisPoints.default(0),
  taxBp: BasisPoints.default(0),
});

export const NewPurchase = z
  .object({
    contactId: Id.nullable().default(null),
    companyId: Id.nullable().default(null),
    date: CalendarDate,
    reference: ShortText.default(''),
    status: PurchaseStatus.default('confirmed'),
    currency: Currency.default('INR'),
    paymentTermsDays: z.number().int().min(0).max(3650).default(0),
    /** Defaults to the date plus the terms. */
    dueDate: CalendarDate.nullable().default(null),
    notes: LongText.default(''),
    lines: z.array(NewLine).min(1, 'A purchase needs at least one line').max(500),
  })
  .refine((p) => p.contactId !== null || p.companyId !== null, { message: 'A purchase needs a customer (a contact or a company)', path: ['contactId'] });

export const Line = NewLine.extend({ id: Id, amountMinor: MinorUnits, discountMinor: MinorUnits, taxMinor: MinorUnits, totalMinor: MinorUnits });

export const Payment = z.object({
  id: Id,
  purchaseId: Id,
  amountMinor: MinorUnits,
  receivedOn: z.string(),
  method: z.string(),
  note: z.string(),
  createdAtMs: EpochMs,
});

export const PurchaseSummary = z.object({
  id: Id,
  contactId: Id.nullable(),
  companyId: Id.nullable(),
  customerName: z.string(),
  date: z.string(),
  reference: z.string(),
  status: PurchaseStatus,
  currency: z.string(),
  dueDate: z.string(),
  paymentTermsDays: z.number().int(),
  totalMinor: MinorUnits,
  paidMinor: MinorUnits,
  /** total − paid; negative when the customer paid more (a credit). */
  balanceMinor: MinorUnits,
});

export const PurchaseDetail = PurchaseSummary.extend({
  notes: z.string(),
  lines: z.array(Line),
  payments: z.array(Payment),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});

export const Amount = z.object({ currency: z.string(), amountMinor: MinorUnits });

/** A customer is a contact or a company. */
export const Customer = z.union([z.object({ contactId: Id }), z.object({ companyId: Id })]);

export const CustomerSummary = z.object({
  purchaseCount: z.number().int(),
  /** Confirmed purchases only, per currency as entered. */
  lifetimeRevenue: z.array(Amount),
  averageOrder: z.array(Amount),
  outstanding: z.array(Amount),
  firstPurchaseOn: z.string().nullable(),
  lastPurchaseOn: z.string().nullable(),
  /** Median gap in days between purchase days; null with fewer than two. */
  typicalIntervalDays: z.number().int().nullable(),
  /** Last purchase + typical interval. */
  expectedReorderOn: z.string().nullable(),
  averageDaysToPay: z.number().int().nullable(),
  isLatePayer: z.boolean(),
  recent: z.array(PurchaseSummary),
});

export const AgeingRow = z.object({
  currency: z.string(),
  current: MinorUnits,
  d1to30: MinorUnits,
  d31to60: MinorUnits,
  d61to90: MinorUnits,
  d90plus: MinorUnits,
  totalMinor: MinorUnits,
});

export const ReceivableCustomer = AgeingRow.extend({
  contactId: Id.nullable(),
  companyId: Id.nullable(),
  customerName: z.string(),
  openPurchases: z.number().int(),
  oldestDaysPastDue: z.number().int(),
  averageDaysToPay: z.number().int().nullable(),
  isLatePayer: z.boolean(),
  /** The open purchase owed longest (what "chase payment" follows up). */
  oldestPurchaseId: Id,
});

export const Receivables = z.object({
  asOf: z.string(),
  totals: z.array(AgeingRow),
  customers: z.array(ReceivableCustomer),
});

export const ReorderItem = z.object({
  contactId: Id.nullable(),
  companyId: Id.nullable(),
  customerName: z.string(),
  /** Set when the reorder is for one product the customer buys regularly. */
  productId: Id.nullable(),
  productName: z.string().nullable(),
  lastPurchaseOn: z.string(),
  typicalIntervalDays: z.number().int(),
  expectedOn: z.string(),
  daysOverdue: z.number().int(),
});

export const TimelineItem = z.object({
  kind: z.enum(['purchase', 'payment']),
  id: Id,
  purchaseId: Id,
  /** The calendar date it happened, `YYYY-MM-DD`. */
  date: z.string(),
  reference: z.string(),
  currency: z.string(),
  amountMinor: MinorUnits,
  status: PurchaseStatus,
});

export const ImportIssue = z.object({ line: z.number().int(), message: z.string() });
export const PurchaseImportResult = z.object({
  dryRun: z.boolean(),
  purchases: z.number().int(),
  lines: z.number().int(),
  errors: z.array(ImportIssue),
});

export const purchases = {
  list: method(
    z.object({
      contactId: Id.optional(),
      companyId: Id.optional(),
      status: PurchaseStatus.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    z.object({ items: z.array(PurchaseSummary) }),
  ),
  get: method(z.object({ id: Id }), PurchaseDetail),
  create: method(NewPurchase, PurchaseDetail),
  /** Confirm a draft, cancel, or undo a cancel. */
  setStatus: method(z.object({ id: Id, status: PurchaseStatus }), PurchaseDetail),
  summary: method(Customer, CustomerSummary),
  receivables: method(z.object({ asOf: CalendarDate.optional(), limit: z.number().int().min(1).max(10_000).default(500) }), Receivables),
  dueToReorder: method(
    z.object({ asOfMs: z.number().int().optional(), limit: z.number().int().min(1).max(1000).default(100), perProduct: z.boolean().default(true) }),
    z.object({ items: z.array(ReorderItem) }),
  ),
  /** Purchases and payments of a contact or company as timeline items, newest first. */
  forContact: method(Customer, z.object({ items: z.array(TimelineItem) })),
  /** A CSV of sales lines, all or nothing: any row error imports nothing. */
  import: method(
    z.object({ contentBase64: z.string().max(200_000_000), dryRun: z.boolean().default(false), currency: Currency.default('INR') }),
    PurchaseImportResult,
  ),
  export: method(
    z.object({ what: z.enum(['purchases', 'payments']), format: z.enum(['csv', 'json']) }),
    z.object({ content: z.string(), count: z.number().int() }),
  ),
  /** A reminder to offer a customer (or one product) again; 'unavailable' until reminders are wired. */
  remindReorder: method(
    z
      .object({ contactId: Id.nullable().default(null), companyId: Id.nullable().default(null), productId: Id.nullable().default(null), dueAtMs: z.number().int().optional() })
      .refine((r) => r.contactId !== null || r.companyId !== null, { message: 'Say which customer', path: ['contactId'] }),
    z.object({ reminderId: z.string() }),
  ),
};

export type NewLineInput = z.input<typeof NewLine>;
export type NewPurchaseInput = z.input<typeof NewPurchase>;
export type NewPurchase = z.output<typeof NewPurchase>;
export type Line = z.infer<typeof Line>;
export type Payment = z.infer<typeof Payment>;
export type PurchaseSummary = z.infer<typeof PurchaseSummary>;
export type PurchaseDetail = z.infer<typeof PurchaseDetail>;
export type CustomerSummary = z.infer<typeof CustomerSummary>;
export type Customer = z.infer<typeof Customer>;
export type Receivables = z.infer<typeof Receivables>;
export type ReceivableCustomer = z.infer<typeof ReceivableCustomer>;
export type AgeingRow = z.infer<typeof AgeingRow>;
export type ReorderItem = z.infer<typeof ReorderItem>;
export type TimelineItem = z.infer<typeof TimelineItem>;
export type PurchaseImportResult = z.infer<typeof PurchaseImportResult>;
export type Amount = z.infer<typeof Amount>;
