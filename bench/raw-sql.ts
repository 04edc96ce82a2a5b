// Baselines: the best raw SQL for each measured operation, on a plain read-only better-sqlite3
// connection, prepared once. It returns the same rows as the service, so dispatch/raw is the cost of
// everything above SQLite (dispatch, zod, the service) plus any SQL the service runs that it need not.
import Database from 'better-sqlite3';

const SUMMARY = `c.id, c.display_name AS displayName, c.company_id AS companyId, co.name AS companyName,
  c.job_title AS jobTitle, c.archived_at_ms AS archivedAtMs, c.sort_key AS sortKey,
  (SELECT e.value FROM contact_emails e WHERE e.contact_id = c.id AND e.deleted_at_ms IS NULL
    ORDER BY e.is_primary DESC, e.sort_order LIMIT 1) AS primaryEmail,
  (SELECT p.value FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted_at_ms IS NULL
    ORDER BY p.is_primary DESC, p.sort_order LIMIT 1) AS primaryPhone`;
const FROM = 'FROM contacts c LEFT JOIN companies co ON co.id = c.company_id';
const FROM_FTS = `FROM contacts_fts f JOIN contact_search_rows r ON r.rowid = f.rowid JOIN contacts c ON c.id = r.contact_id`;

export type RawSummaryRow = { id: string; sortKey: string };

export function openRawDatabase(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return { db, q: prepareRawQueries(db) };
}

export type RawQueries = ReturnType<typeof prepareRawQueries>;

function prepareRawQueries(db: Database.Database) {
  return {
    /** Display names starting with the key: a range scan on contacts_active_sort. */
    displayPrefix: db.prepare<[string, string, number], RawSummaryRow>(
      `SELECT ${SUMMARY} ${FROM} WHERE c.archived_at_ms IS NULL AND c.sort_key >= ? AND c.sort_key < ?
       ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    /** Family names starting with the key: a range scan on contacts_active_family. */
    familyPrefix: db.prepare<[string, string, number], RawSummaryRow>(
      `SELECT ${SUMMARY} ${FROM} WHERE c.archived_at_ms IS NULL AND c.family_key >= ? AND c.family_key < ?
       ORDER BY c.family_key, c.sort_key LIMIT ?`,
    ),
    /** The first FTS5 matches in index order, sorted by name: for one word matching any field. */
    ftsAny: db.prepare<[string, number], RawSummaryRow>(
      `SELECT ${SUMMARY} FROM (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?) f
       JOIN contact_search_rows r ON r.rowid = f.rowid
       JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = c.company_id
       ORDER BY c.sort_key, c.id`,
    ),
    /** Every word matches: the page is chosen on narrow rows, then only its rows get summary columns. */
    ftsAll: db.prepare<[string, number], RawSummaryRow>(
      `WITH page AS (
         SELECT c.id, c.sort_key ${FROM_FTS} WHERE contacts_fts MATCH ? AND c.archived_at_ms IS NULL
         ORDER BY c.sort_key, c.id LIMIT ?)
       SELECT ${SUMMARY} FROM page JOIN contacts c ON c.id = page.id LEFT JOIN companies co ON co.id = c.company_id
       ORDER BY page.sort_key, page.id`,
    ),
    pageAfter: db.prepare<[string, string, number], RawSummaryRow>(
      `SELECT ${SUMMARY} ${FROM} WHERE c.archived_at_ms IS NULL AND (c.sort_key, c.id) > (?, ?)
       ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    firstPage: db.prepare<[number], RawSummaryRow>(
      `SELECT ${SUMMARY} ${FROM} WHERE c.archived_at_ms IS NULL ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    /** The keyset cursor of the row at `offset` in list order. */
    cursorAt: db.prepare<[number], { sortKey: string; id: string }>(
      `SELECT sort_key AS sortKey, id FROM contacts WHERE archived_at_ms IS NULL ORDER BY sort_key, id LIMIT 1 OFFSET ?`,
    ),
    names: db.prepare<[], { givenName: string; familyName: string }>(
      `SELECT given_name AS givenName, family_name AS familyName FROM contacts WHERE archived_at_ms IS NULL`,
    ),
  };
}
