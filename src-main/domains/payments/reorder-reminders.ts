// "Remind me" on the due-to-reorder list: a follow-up to offer a customer (or one product) again,
// created by the reminders domain through the same hook as a payment chase.
import type { Sqlite } from '../../db/open-database';
import { AppError, notFound } from '../../rpc/app-error';
import type { RemindReorder } from '../purchases';
import { REMINDERS_UNAVAILABLE, type CreateReminderHook } from './payments.service';

export function createReorderReminders(sqlite: Sqlite, createReminder: CreateReminderHook | undefined, now: () => number = Date.now): RemindReorder {
  const contactName = sqlite.prepare('SELECT display_name FROM contacts WHERE id = ?').pluck();
  const companyName = sqlite.prepare('SELECT name FROM companies WHERE id = ?').pluck();
  const productName = sqlite.prepare('SELECT name FROM products WHERE id = ?').pluck();
  return async ({ contactId, companyId, productId, dueAtMs }) => {
    const name = (contactId ? contactName.get(contactId) : companyName.get(companyId!)) as string | undefined;
    if (name === undefined) notFound(contactId ? 'contact' : 'company', (contactId ?? companyId)!);
    const product = productId ? (productName.get(productId) as string | undefined) : null;
    if (product === undefined) notFound('product', productId!);
    if (!createReminder) throw new AppError('unavailable', REMINDERS_UNAVAILABLE);
    const title = product ? `Offer ${product} to ${name} again` : `Ask ${name} about a new order`;
    const reminderId = await createReminder({ contactId, companyId: contactId ? null : companyId, purchaseId: null, productId, title, dueAtMs: dueAtMs ?? now() });
    return { reminderId };
  };
}
