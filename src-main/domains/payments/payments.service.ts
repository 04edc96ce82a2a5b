// Payments received against a purchase. Partial payments add up; a payment larger than what is
// owed is refused unless the caller chose to keep the excess as the customer's credit.
import { v7 as uuidv7 } from 'uuid';
import type { PurchaseDetail } from '../../../src-shared/contract/purchases';
import type { NewPayment as NewPaymentType } from '../../../src-shared/contract/payments';
import { minorText } from '../../../src-shared/sales/money';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import type { PurchasesService } from '../purchases';

/**
 * Creates a follow-up reminder (to chase a payment, or to offer a reorder); the reminders domain
 * provides it (`reminders.create`). Returns the reminder's id.
 */
export type CreateReminderHook = (request: {
  contactId: string | null;
  companyId: string | null;
  /** The purchase whose payment to chase, or null for a reorder reminder. */
  purchaseId: string | null;
  /** The product to offer again, for a per-product reorder reminder. */
  productId: string | null;
  title: string;
  dueAtMs: number;
}) => string | Promise<string>;

export const REMINDERS_UNAVAILABLE = 'Reminders are not available in this version, so a follow-up cannot be scheduled.';

export type PaymentsService = ReturnType<typeof createPaymentsService>;

export function createPaymentsService(options: {
  sqlite: Sqlite;
  events: EventBus;
  writer: ChangeWriter;
  purchases: PurchasesService;
  createReminder?: CreateReminderHook;
  now?: () => number;
}) {
  const { sqlite, events, writer, purchases } = options;
  const now = options.now ?? Date.now;
  const parentOf = sqlite.prepare('SELECT purchase_id AS purchaseId, deleted_at_ms AS deletedAtMs FROM payments WHERE id = ?');
  const changed = () => {
    events.emit({ type: 'changed', domain: 'payments' });
    events.emit({ type: 'changed', domain: 'purchases' });
  };
  const money = (minor: number, currency: string) => `${currency} ${minorText(minor, currency)}`;

  const recordTx = sqlite.transaction((p: NewPaymentType) => {
    const purchase = purchases.find(p.purchaseId);
    if (purchase.status !== 'confirmed') {
      throw new AppError('conflict', `Payments are recorded against confirmed purchases; this one is ${purchase.status}.`);
    }
    const owed = purchase.totalMinor - purchase.paidMinor;
    if (p.amountMinor > owed && p.overpayment === 'reject') {
      const ref = purchase.reference ? ` ${purchase.reference}` : '';
      throw new AppError(
        'conflict',
        `This payment of ${money(p.amountMinor, purchase.currency)} is more than the ${money(Math.max(0, owed), purchase.currency)} still owed on purchase${ref}. Record at most that amount, or keep the excess as credit.`,
      );
    }
    const nowMs = now();
    writer.insert('payments', uuidv7(), {
      purchase_id: p.purchaseId,
      amount_minor: p.amountMinor,
      received_on: p.receivedOn,
      method: p.method,
      note: p.note,
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
    });
    purchases.totals.purchase(p.purchaseId);
  });

  const setDeletedTx = sqlite.transaction((id: string, deleted: boolean): string => {
    const row = parentOf.get(id) as { purchaseId: string; deletedAtMs: number | null } | undefined;
    if (!row) notFound('payment', id);
    const nowMs = now();
    writer.update('payments', id, { deleted_at_ms: deleted ? nowMs : null }, { updated_at_ms: nowMs });
    purchases.totals.purchase(row.purchaseId);
    return row.purchaseId;
  });

  /** Many payments, already checked (demo data, imports), in one transaction. */
  const recordManyTx = sqlite.transaction((list: { purchaseId: string; amountMinor: number; receivedOn: string; method: string }[]) => {
    const nowMs = now();
    for (const p of list) {
      writer.insert('payments', uuidv7(), { purchase_id: p.purchaseId, amount_minor: p.amountMinor, received_on: p.receivedOn, method: p.method, created_at_ms: nowMs, updated_at_ms: nowMs });
    }
    for (const id of new Set(list.map((p) => p.purchaseId))) purchases.totals.purchase(id);
  });

  return {
    recordMany(list: { purchaseId: string; amountMinor: number; receivedOn: string; method: string }[]): void {
      recordManyTx(list);
      changed();
    },

    record(p: NewPaymentType): PurchaseDetail {
      recordTx(p);
      changed();
      return purchases.get(p.purchaseId);
    },

    remove(id: string): PurchaseDetail {
      const purchaseId = setDeletedTx(id, true);
      changed();
      return purchases.get(purchaseId);
    },

    restore(id: string): PurchaseDetail {
      const purchaseId = setDeletedTx(id, false);
      changed();
      return purchases.get(purchaseId);
    },

    /** A reminder to chase what is owed, due tomorrow unless said otherwise. */
    async chase(purchaseId: string, dueAtMs?: number): Promise<{ reminderId: string }> {
      const purchase = purchases.get(purchaseId);
      if (!options.createReminder) throw new AppError('unavailable', REMINDERS_UNAVAILABLE);
      const owed = purchase.totalMinor - purchase.paidMinor;
      if (owed <= 0) throw new AppError('conflict', 'Nothing is owed on this purchase.');
      const ref = purchase.reference ? ` (${purchase.reference})` : '';
      const reminderId = await options.createReminder({
        contactId: purchase.contactId,
        companyId: purchase.companyId,
        purchaseId,
        productId: null,
        title: `Chase payment of ${money(owed, purchase.currency)} from ${purchase.customerName}${ref}`,
        dueAtMs: dueAtMs ?? now() + 86_400_000,
      });
      return { reminderId };
    },
  };
}


