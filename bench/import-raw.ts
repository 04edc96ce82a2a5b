// The baseline for an import: the parsed records written with plain prepared INSERTs in one
// transaction into a copy of a fresh app database (same tables, indexes and FTS5 index). It writes
// the same rows the import does (contacts, emails, phones with their E.164 form, addresses,
// companies, tags, the search row and its FTS text) and none of the rest: no validation, matching,
// change capture (crdt_cells, sync_outbox), import log or read-back.
import { v7 as uuidv7 } from 'uuid';
import { sortKey } from '../src-main/domains/contacts';
import { phoneSearchForms } from '../src-main/domains/contacts/search-text';
import type { ContactRecord } from '../src-main/domains/interop';
import { openSqlite } from '../src-main/db/open-database';

/** Milliseconds to write `records` into `databaseFile`, which nothing else has open. */
export function rawImportMs(databaseFile: string, records: readonly ContactRecord[]): number {
  const db = openSqlite(databaseFile);
  try {
    const child = (table: string) =>
      db.prepare(`INSERT INTO ${table} (id, contact_id, label, value, is_primary, sort_order, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const q = {
      company: db.prepare('INSERT INTO companies (id, name, sort_key, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?)'),
      contact: db.prepare(
        `INSERT INTO contacts (id, given_name, family_name, display_name, sort_key, family_key, company_id, job_title, notes,
           kind, prefix, additional_names, suffix, nickname, department, birthday, created_at_ms, updated_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      email: child('contact_emails'),
      phone: db.prepare(
        `INSERT INTO contact_phones (id, contact_id, label, value, e164, is_primary, sort_order, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      address: db.prepare(
        `INSERT INTO contact_addresses (id, contact_id, label, street, locality, region, postal_code, country, is_primary, sort_order, created_at_ms, updated_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      tag: db.prepare('INSERT INTO tags (id, name, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?)'),
      contactTag: db.prepare('INSERT INTO contact_tags (id, contact_id, tag_id, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?)'),
      searchRow: db.prepare('INSERT INTO contact_search_rows (rowid, contact_id) VALUES (?, ?)'),
      fts: db.prepare('INSERT INTO contacts_fts (rowid, name, company, emails, phones) VALUES (?, ?, ?, ?, ?)'),
    };
    const write = db.transaction(() => {
      const nowMs = Date.now();
      const companyIds = new Map<string, string>();
      const tagIds = new Map<string, string>();
      records.forEach((r, index) => {
        let companyId: string | null = null;
        if (r.organization !== '') {
          companyId = companyIds.get(r.organization) ?? null;
          if (companyId === null) {
            companyId = uuidv7();
            companyIds.set(r.organization, companyId);
            q.company.run(companyId, r.organization, sortKey(r.organization), nowMs, nowMs);
          }
        }
        const id = uuidv7();
        q.contact.run(
          id, r.givenName, r.familyName, r.displayName, sortKey(r.displayName), sortKey(r.familyName || r.displayName), companyId,
          r.title, r.notes, r.kind, r.prefix, r.additionalNames, r.suffix, r.nickname, r.department, r.birthday, nowMs, nowMs,
        );
        r.emails.forEach((e, i) => q.email.run(uuidv7(), id, e.label, e.value, i === 0 ? 1 : 0, i, nowMs, nowMs));
        r.phones.forEach((p, i) => q.phone.run(uuidv7(), id, p.label, p.value, p.e164, i === 0 ? 1 : 0, i, nowMs, nowMs));
        r.addresses.forEach((a, i) =>
          q.address.run(uuidv7(), id, a.label, a.street, a.locality, a.region, a.postalCode, a.country, i === 0 ? 1 : 0, i, nowMs, nowMs),
        );
        for (const name of r.tags) {
          let tagId = tagIds.get(name);
          if (tagId === undefined) {
            tagId = uuidv7();
            tagIds.set(name, tagId);
            q.tag.run(tagId, name, nowMs, nowMs);
          }
          q.contactTag.run(uuidv7(), id, tagId, nowMs, nowMs);
        }
        const rowid = index + 1;
        const names = [...new Set([r.displayName, r.givenName, r.familyName].filter(Boolean))].join(' ');
        q.searchRow.run(rowid, id);
        q.fts.run(rowid, names, r.organization, r.emails.map((e) => e.value).join(' '), r.phones.map((p) => phoneSearchForms(p.value)).join(' '));
      });
    });
    const start = performance.now();
    write();
    return performance.now() - start;
  } finally {
    db.close();
  }
}
