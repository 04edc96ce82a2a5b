// Purchases and payments of a contact or company as timeline items (the timeline merges them with
// interactions). Newest first.
import type { Customer, TimelineItem } from '../../../src-shared/contract/purchases';
import type { Sqlite } from '../../db/open-database';

export function createPurchasesTimeline(sqlite: Sqlite) {
  const select = (column: 'contact_id' | 'company_id') =>
    sqlite.prepare(
      `SELECT 'purchase' AS kind, p.id, p.id AS purchaseId, p.date, p.reference, p.currency, p.total_minor AS amountMinor, p.status
         FROM purchases p WHERE p.${column} = @id
       UNION ALL
       SELECT 'payment', y.id, p.id, y.received_on, p.reference, p.currency, y.amount_minor, p.status
         FROM payments y JOIN purchases p ON p.id = y.purchase_id WHERE p.${column} = @id AND y.deleted_at_ms IS NULL
       ORDER BY 4 DESC, 1 DESC, 2 DESC`,
    );
  const byContact = select('contact_id');
  const byCompany = select('company_id');
  return (customer: Customer): TimelineItem[] =>
    ('contactId' in customer ? byContact.all({ id: customer.contactId }) : byCompany.all({ id: customer.companyId })) as TimelineItem[];
}
