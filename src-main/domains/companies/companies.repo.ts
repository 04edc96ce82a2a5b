import type { Sqlite } from '../../db/open-database';

export interface CompanyRow {
  id: string;
  name: string;
  website: string;
  domain: string;
  industry: string;
  phone: string;
  city: string;
  notes: string;
  peopleCount: number;
  createdAtMs: number;
  updatedAtMs: number;
  archivedAtMs: number | null;
}

const COLUMNS = `co.id, co.name, co.website, co.domain, co.industry, co.phone, co.city, co.notes,
  co.created_at_ms AS createdAtMs, co.updated_at_ms AS updatedAtMs, co.archived_at_ms AS archivedAtMs,
  (SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.archived_at_ms IS NULL) AS peopleCount`;

export function createCompaniesRepo(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare(`SELECT ${COLUMNS} FROM companies co WHERE co.id = ?`),
    all: sqlite.prepare(`SELECT ${COLUMNS} FROM companies co WHERE co.archived_at_ms IS NULL ORDER BY co.sort_key, co.id LIMIT ?`),
    // Company names are few (thousands at most): a prefix range plus a contains-match on the folded name.
    matching: sqlite.prepare(
      `SELECT ${COLUMNS} FROM companies co WHERE co.archived_at_ms IS NULL AND instr(co.sort_key, :key) > 0
       ORDER BY (co.sort_key >= :key AND co.sort_key < :hi) DESC, co.sort_key, co.id LIMIT :limit`,
    ),
    emails: sqlite.prepare(
      `SELECT id, label, value FROM company_emails WHERE company_id = ? AND deleted_at_ms IS NULL ORDER BY is_primary DESC, sort_order`,
    ),
    phones: sqlite.prepare(
      `SELECT id, label, value, e164 FROM company_phones WHERE company_id = ? AND deleted_at_ms IS NULL ORDER BY is_primary DESC, sort_order`,
    ),
    addresses: sqlite.prepare(
      `SELECT id, label, street, locality, region, postal_code AS postalCode, country FROM company_addresses
       WHERE company_id = ? AND deleted_at_ms IS NULL ORDER BY is_primary DESC, sort_order`,
    ),
  };
}
