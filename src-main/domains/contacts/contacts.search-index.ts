// Keeps the contacts_fts index in step with contacts: one row per active contact holding its names,
// company name, emails and phones. Called inside the writing transaction, so it is never stale.
// Custom field values share the company column: a column of their own would mean rebuilding the index.
import type { Sqlite } from '../../db/open-database';
import { phoneSearchForms } from './search-text';

export type ContactSearchIndex = ReturnType<typeof createContactSearchIndex>;

/** What a contact's search row is made of. */
export interface IndexedParts {
  displayName: string;
  givenName: string;
  familyName: string;
  companyName: string | null;
  emails: string[];
  phones: string[];
  /** Custom field values as one text (none for a contact created by an import: they are added after). */
  customValues?: string | null;
}

export function createContactSearchIndex(sqlite: Sqlite) {
  const source = sqlite.prepare(
    `SELECT c.display_name AS displayName, c.given_name AS givenName, c.family_name AS familyName,
            c.archived_at_ms AS archivedAtMs, (SELECT name FROM companies WHERE id = c.company_id) AS companyName,
            (SELECT group_concat(value, ' ') FROM contact_emails WHERE contact_id = c.id AND deleted_at_ms IS NULL) AS emails,
            (SELECT group_concat(value, '|') FROM contact_phones WHERE contact_id = c.id AND deleted_at_ms IS NULL) AS phones,
            (SELECT group_concat(v.value, ' ') FROM custom_field_values v JOIN custom_fields f ON f.id = v.field_id
              WHERE v.contact_id = c.id AND v.deleted_at_ms IS NULL AND f.deleted_at_ms IS NULL AND f.type <> 'checkbox') AS customValues
     FROM contacts c WHERE c.id = ?`,
  );
  const newRow = sqlite.prepare(`INSERT INTO contact_search_rows (contact_id) VALUES (?)`);
  const existingRowid = sqlite.prepare(`SELECT rowid FROM contact_search_rows WHERE contact_id = ?`).pluck();
  const deleteFts = sqlite.prepare(`DELETE FROM contacts_fts WHERE rowid = ?`);
  const deleteRow = sqlite.prepare(`DELETE FROM contact_search_rows WHERE rowid = ?`);
  const insertFts = sqlite.prepare(`INSERT INTO contacts_fts (rowid, name, company, emails, phones) VALUES (?, ?, ?, ?, ?)`);

  function remove(contactId: string): void {
    const rowid = existingRowid.get(contactId) as number | undefined;
    if (rowid === undefined) return;
    deleteFts.run(rowid);
    deleteRow.run(rowid);
  }

  function update(contactId: string): void {
    const row = source.get(contactId) as
      | {
          displayName: string;
          givenName: string;
          familyName: string;
          archivedAtMs: number | null;
          companyName: string | null;
          emails: string | null;
          phones: string | null;
          customValues: string | null;
        }
      | undefined;
    if (!row || row.archivedAtMs !== null) return remove(contactId);
    // A plain lookup first: the upsert form costs ~15× more, and new contacts need no FTS delete.
    let rowid = existingRowid.get(contactId) as number | undefined;
    if (rowid === undefined) rowid = Number(newRow.run(contactId).lastInsertRowid);
    else deleteFts.run(rowid);
    write(rowid, { ...row, emails: (row.emails ?? '').split(' '), phones: (row.phones ?? '').split('|') });
  }

  function write(rowid: number, parts: IndexedParts): void {
    const names = [...new Set([parts.displayName, parts.givenName, parts.familyName].filter(Boolean))].join(' ');
    const phones = parts.phones.filter(Boolean).map(phoneSearchForms).join(' ');
    // NFC like the queries (search-text.ts), so names pasted in decomposed form are found too.
    const nfc = (text: string) => text.normalize('NFC');
    const company = [parts.companyName, parts.customValues].filter(Boolean).join(' ');
    insertFts.run(rowid, nfc(names), nfc(company), nfc(parts.emails.filter(Boolean).join(' ')), phones);
  }

  /** A contact just created in this transaction, indexed from the values in hand (no read-back). */
  function insertNew(contactId: string, parts: IndexedParts): void {
    write(Number(newRow.run(contactId).lastInsertRowid), parts);
  }

  return { update, remove, insertNew };
}
