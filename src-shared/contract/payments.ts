import { z } from 'zod';
import { Id, ShortText } from './common';
import { method } from './method';
import { MinorUnits } from './products';
import { CalendarDate, PurchaseDetail } from './purchases';

export const PAYMENT_METHODS = ['cash', 'upi', 'card', 'bank', 'cheque', 'other'] as const;

export const NewPayment = z.object({
  purchaseId: Id,
  amountMinor: MinorUnits.min(1, 'A payment must be more than zero'),
  receivedOn: CalendarDate,
  method: z.enum(PAYMENT_METHODS).default('other'),
  note: ShortText.default(''),
  /**
   * A payment larger than what is owed: 'reject' (the default) refuses it with the balance in the
   * message; 'credit' records all of it and the excess stays as the customer's credit.
   */
  overpayment: z.enum(['reject', 'credit']).default('reject'),
});

export const payments = {
  record: method(NewPayment, PurchaseDetail),
  /** Removes a payment (a tombstone); `restore` undoes it. */
  remove: method(z.object({ id: Id }), PurchaseDetail),
  restore: method(z.object({ id: Id }), PurchaseDetail),
  /**
   * Creates a follow-up reminder to chase what is owed on a purchase. Needs the reminders domain;
   * until it is wired this fails with 'unavailable'.
   */
  chase: method(z.object({ purchaseId: Id, dueAtMs: z.number().int().optional() }), z.object({ reminderId: z.string() })),
};

export type NewPaymentInput = z.input<typeof NewPayment>;
export type NewPayment = z.output<typeof NewPayment>;
