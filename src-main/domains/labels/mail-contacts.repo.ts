// Reads what mail needs about many contacts in two queries (names, flags, company, addresses),
// instead of a full contact detail each: printing for everyone stays fast at 100k contacts.
// Read-only: contacts are written by their own service.
import type { ContactDetail } from '../../../src-shared/contract/contacts';
import type { Sqlite } from '../../db/open-database';

export type MailContact = Pick<
  ContactDetail,
  'id' | 'displayName' | 'givenName' | 'familyName' | 'kind' | 'companyName' | 'labelSalutation' | 'isDoNotMail' | 'isDoNotContact' | 'archivedAtMs'
> & { addresses: Pick<ContactDetail['addresses'][number], 'label' | 'street' | 'locality' | 'region' | 'postalCode' | 'country'>[] };

type ContactRow = Omit<MailContact, 'addresses' | 'isDoNotMail' | 'isDoNotContact'> & { isDoNotMail: number; isDoNotContact: number };
type AddressRow = MailContact['addresses'][number] & { contactId: string };

export function createMailContactsRepo(sqlite: Sqlite) {
  const q = {
    withAddress: sqlite
      .prepare(
        `SELECT c.id FROM contacts c WHERE c.archived_at_ms IS NULL
           AND EXISTS (SELECT 1 FROM contact_addresses a WHERE a.contact_id = c.id AND a.deleted_at_ms IS NULL)
         ORDER BY c.sort_key, c.id`,
      )
      .pluck(),
    contacts: sqlite.prepare(
      `SELECT c.id, c.display_name AS displayName, c.given_name AS givenName, c.family_name AS familyName, c.kind,
              co.name AS companyName, c.label_salutation AS labelSalutation, c.is_do_not_mail AS isDoNotMail,
              c.is_do_not_contact AS isDoNotContact, c.archived_at_ms AS archivedAtMs
       FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    ),
    addresses: sqlite.prepare(
      `SELECT contact_id AS contactId, label, street, locality, region, postal_code AS postalCode, country
       FROM contact_addresses WHERE deleted_at_ms IS NULL AND contact_id IN (SELECT value FROM json_each(?))
       ORDER BY contact_id, sort_order`,
    ),
  };

  return {
    /** Live contacts with at least one address, in name order. */
    idsWithAddress: () => q.withAddress.all() as string[],
    /** The contacts with these ids, in the order asked; ids not found are left out. */
    byIds(ids: readonly string[]): MailContact[] {
      const json = JSON.stringify(ids);
      const addresses = new Map<string, MailContact['addresses']>();
      for (const { contactId, ...address } of q.addresses.all(json) as AddressRow[]) {
        const list = addresses.get(contactId);
        if (list) list.push(address);
        else addresses.set(contactId, [address]);
      }
      const byId = new Map(
        (q.contacts.all(json) as ContactRow[]).map((row) => [
          row.id,
          { ...row, isDoNotMail: row.isDoNotMail === 1, isDoNotContact: row.isDoNotContact === 1, addresses: addresses.get(row.id) ?? [] },
        ]),
      );
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  };
}
