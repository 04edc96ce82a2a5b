// SQL for contacts, prepared once per connection. Every statement is parameter-bound.
import type { Sqlite } from '../../db/open-database';

export interface ContactRow {
  id: string;
  givenName: string;
  familyName: string;
  displayName: string;
  isDisplayNameSet: number;
  companyId: string | null;
  companyName: string | null;
  jobTitle: string;
  notes: string;
  primaryEmail: string | null;
  primaryPhone: string | null;
  sortKey: string;
  createdAtMs: number;
  updatedAtMs: number;
  archivedAtMs: number | null;
}

/** Contact columns beyond the summary (booleans as SQLite integers). */
export interface ContactDetailsRow {
  kind: 'person' | 'organization';
  prefix: string;
  additionalNames: string;
  suffix: string;
  nickname: string;
  phoneticName: string;
  department: string;
  birthday: string | null;
  lifecycleStage: '' | 'lead' | 'prospect' | 'customer' | 'inactive';
  source: string;
  owner: string;
  preferredLanguage: string;
  letterSalutation: string;
  labelSalutation: string;
  isDoNotContact: number;
  isDoNotMail: number;
}

export interface ChildRow {
  id: string;
  label: string;
  value: string;
  isPrimary: number;
  sortOrder: number;
}

export const SUMMARY_COLUMNS = `
  c.id, c.given_name AS givenName, c.family_name AS familyName, c.display_name AS displayName,
  c.is_display_name_set AS isDisplayNameSet, c.company_id AS companyId, co.name AS companyName,
  c.job_title AS jobTitle, c.notes, c.sort_key AS sortKey,
  c.created_at_ms AS createdAtMs, c.updated_at_ms AS updatedAtMs, c.archived_at_ms AS archivedAtMs,
  (SELECT e.value FROM contact_emails e WHERE e.contact_id = c.id AND e.deleted_at_ms IS NULL
    ORDER BY e.is_primary DESC, e.sort_order LIMIT 1) AS primaryEmail,
  (SELECT p.value FROM contact_phones p WHERE p.contact_id = c.id AND p.deleted_at_ms IS NULL
    ORDER BY p.is_primary DESC, p.sort_order LIMIT 1) AS primaryPhone`;
const FROM = `FROM contacts c LEFT JOIN companies co ON co.id = c.company_id`;

export type ContactsRepo = ReturnType<typeof createContactsRepo>;

export function createContactsRepo(sqlite: Sqlite) {
  const q = {
    byId: sqlite.prepare(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.id = ?`),
    firstPage: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.archived_at_ms IS NULL ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    pageAfter: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.archived_at_ms IS NULL AND (c.sort_key, c.id) > (?, ?)
       ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    count: sqlite.prepare(
      `SELECT count(*) FILTER (WHERE archived_at_ms IS NULL) AS active,
              count(*) FILTER (WHERE archived_at_ms IS NOT NULL) AS archived FROM contacts`,
    ),
    // One-word queries, tier 1 and 2: range scans on the sorted name indexes (B-tree, no FTS scan).
    byDisplayPrefix: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.archived_at_ms IS NULL AND c.sort_key >= ? AND c.sort_key < ?
       ORDER BY c.sort_key, c.id LIMIT ?`,
    ),
    byFamilyPrefix: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.archived_at_ms IS NULL AND c.family_key >= ? AND c.family_key < ?
       ORDER BY c.family_key, c.sort_key LIMIT ?`,
    ),
    // Tier 3: any other field (company, email, phone, middle words). Takes the first matches the index
    // yields and sorts only those: sorting every match of a common 3-letter prefix costs ~15 ms at 100k.
    byFtsAny: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?) f
       JOIN contact_search_rows r ON r.rowid = f.rowid
       JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = c.company_id
       ORDER BY c.sort_key, c.id`,
    ),
    // Several words: every word must match some field. The page of ids is chosen first, so the
    // summary columns (two subqueries each) are computed for 50 rows, not for every match.
    byFtsAll: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM (
         SELECT c2.id FROM contacts_fts f JOIN contact_search_rows r ON r.rowid = f.rowid
         JOIN contacts c2 ON c2.id = r.contact_id
         WHERE contacts_fts MATCH ? ORDER BY c2.sort_key, c2.id LIMIT ?) page
       JOIN contacts c ON c.id = page.id LEFT JOIN companies co ON co.id = c.company_id
       ORDER BY c.sort_key, c.id`,
    ),
    emails: sqlite.prepare(
      `SELECT id, label, value, is_primary AS isPrimary, sort_order AS sortOrder FROM contact_emails
       WHERE contact_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order`,
    ),
    phones: sqlite.prepare(
      `SELECT id, label, value, e164, is_primary AS isPrimary, sort_order AS sortOrder FROM contact_phones
       WHERE contact_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order`,
    ),
    websites: sqlite.prepare(
      `SELECT id, label, value FROM contact_websites WHERE contact_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order`,
    ),
    addresses: sqlite.prepare(
      `SELECT id, label, street, locality, region, postal_code AS postalCode, country FROM contact_addresses
       WHERE contact_id = ? AND deleted_at_ms IS NULL ORDER BY sort_order`,
    ),
    /** The columns beyond the summary, for the detail view. */
    details: sqlite.prepare(
      `SELECT kind, prefix, additional_names AS additionalNames, suffix, nickname, phonetic_name AS phoneticName,
              department, birthday, lifecycle_stage AS lifecycleStage, source, owner, preferred_language AS preferredLanguage,
              letter_salutation AS letterSalutation, label_salutation AS labelSalutation,
              is_do_not_contact AS isDoNotContact, is_do_not_mail AS isDoNotMail
       FROM contacts WHERE id = ?`,
    ),
    byCompany: sqlite.prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE c.company_id = ? AND c.archived_at_ms IS NULL ORDER BY c.sort_key, c.id LIMIT 1000`,
    ),
    idsByCompany: sqlite.prepare(`SELECT id FROM contacts WHERE company_id = ? AND archived_at_ms IS NULL`),
    names: sqlite.prepare(
      `SELECT given_name AS givenName, family_name AS familyName, display_name AS displayName,
              is_display_name_set AS isDisplayNameSet, sort_key AS sortKey, family_key AS familyKey FROM contacts WHERE id = ?`,
    ),
    contactOfChild: {
      contact_emails: sqlite.prepare(`SELECT contact_id FROM contact_emails WHERE id = ?`).pluck(),
      contact_phones: sqlite.prepare(`SELECT contact_id FROM contact_phones WHERE id = ?`).pluck(),
    },
    companyExists: sqlite.prepare(`SELECT 1 FROM companies WHERE id = ?`).pluck(),
  };
  return { q };
}
