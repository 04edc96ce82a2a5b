// Keeps the contacts_fts index in step with contacts: one row per active contact holding its names,
// company name, emails and phones. Called inside the writing transaction, so it is never stale.
import type { Sqlite } from '../../db/open-database';
import { phoneSearchForms } from './search-text';

export type ContactSearchIndex = ReturnType<typeof createContactSearchIndex>;

export function createContactSearchIndex(sqlite: Sqlite) {
  const source = sqlite.prepare(
    `SELECT c.display_name AS displayName, c.given_name AS givenName, c.family_name AS familyName,
            c.archived_at_ms AS archivedAtMs, (SELECT name FROM companies WHERE id = c.company_id) AS companyName,
            (SELECT group_concat(value, ' ') FROM contact_emails WHERE contact_id = c.id AND deleted_at_ms IS NULL) AS emails,
            (SELECT group_concat(value, '|') FROM contact_phones WHERE contact_id = c.id AND deleted_at_ms IS NULL) AS phones
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
      | { displayName: string; givenName: string; familyName: string; archivedAtMs: number | null; companyName: string | null; emails: string | null; phones: string | null }
      | undefined;
    if (!row || row.archivedAtMs !== null) return remove(contactId);
    const names = [...new Set([row.displayName, row.givenName, row.familyName].filter(Boolean))].join(' ');
    const phones = (row.phones ?? '').split('|').filter(Boolean).map(phoneSearchForms).join(' ');
    // A plain lookup first: the upsert form costs ~15× more, and new contacts need no FTS delete.
    let rowid = existingRowid.get(contactId) as number | undefined;
    if (rowid === undefined) rowid = Number(newRow.run(contactId).lastInsertRowid);
    else deleteFts.run(rowid);
    // NFC like the queries (search-text.ts), so names pasted in decomposed form are found too.
    const nfc = (text: string) => text.normalize('NFC');
    insertFts.run(rowid, nfc(names), nfc(row.companyName ?? ''), nfc(row.emails ?? ''), phones);
  }

  return { update, remove };
}
