// The contact list sorted by any column and narrowed by a filter's SQL condition, keyset-paged over
// (sort value, name, id). Row columns (subqueries each) are computed for the page's rows only.
// Statements are prepared once per distinct SQL.
import type { Statement } from 'better-sqlite3';
import type { ContactListRow, ListCursor, ListSort, SortColumn } from '../../../src-shared/contract/segments';
import type { Sqlite } from '../../db/open-database';
import { SUMMARY_COLUMNS } from './contacts.repo';

/** A parameter-bound SQL condition over the contacts row `c`. */
export interface ContactCondition {
  sql: string;
  params: readonly unknown[];
}

const first = (table: string, column: string) =>
  `(SELECT x.${column} FROM ${table} x WHERE x.contact_id = c.id AND x.deleted_at_ms IS NULL ORDER BY x.is_primary DESC, x.sort_order LIMIT 1)`;

/** What each column sorts by; never NULL, so keyset comparisons hold. Ties sort by name. */
const SORT_EXPRESSIONS: Record<SortColumn, string> = {
  name: 'c.sort_key',
  company: `coalesce((SELECT co2.sort_key FROM companies co2 WHERE co2.id = c.company_id), '')`,
  jobTitle: 'lower(c.job_title)',
  email: `lower(coalesce(${first('contact_emails', 'value')}, ''))`,
  phone: `coalesce(${first('contact_phones', 'value')}, '')`,
  city: `lower(coalesce(${first('contact_addresses', 'locality')}, ''))`,
  stage: `CASE c.lifecycle_stage WHEN 'lead' THEN 1 WHEN 'prospect' THEN 2 WHEN 'customer' THEN 3 WHEN 'inactive' THEN 4 ELSE 5 END`,
  owner: 'lower(c.owner)',
  source: 'lower(c.source)',
  language: 'c.preferred_language',
  created: 'c.created_at_ms',
  updated: 'c.updated_at_ms',
};

const ROW_COLUMNS = `${SUMMARY_COLUMNS}, ${first('contact_addresses', 'locality')} AS city,
  c.lifecycle_stage AS lifecycleStage, c.owner, c.source, c.preferred_language AS preferredLanguage,
  (SELECT json_group_array(t.name) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
    WHERE ct.contact_id = c.id AND ct.deleted_at_ms IS NULL) AS tags`;

const CACHE_SIZE = 64;

interface PageRow extends Omit<ContactListRow, 'tags'> {
  tags: string;
  sortValue: string | number;
  nameKey: string;
}

export type ContactListQuery = ReturnType<typeof createContactListQuery>;

export function createContactListQuery(sqlite: Sqlite) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      // Most recently used last, so the oldest is dropped first.
      cache.delete(sql);
    } else {
      statement = sqlite.prepare(sql);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  const scope = (where: ContactCondition) => `c.archived_at_ms IS NULL AND (${where.sql})`;

  return {
    page(where: ContactCondition, sort: ListSort, after: ListCursor | null, limit: number): { items: ContactListRow[]; nextCursor: ListCursor | null } {
      const desc = sort.direction === 'desc' ? 'DESC' : 'ASC';
      let sql: string;
      let keysetParams: unknown[] = [];
      if (sort.column === 'name') {
        // Walks the (sort_key, id) index in either direction and stops at the page's last row, so the
        // row's columns are computed for the page only: one query is fastest.
        const keyset = after ? ` AND (c.sort_key, c.id) ${desc === 'DESC' ? '<' : '>'} (?, ?)` : '';
        keysetParams = after ? [after.nameKey, after.id] : [];
        sql = `SELECT ${ROW_COLUMNS}, c.sort_key AS sortValue, c.sort_key AS nameKey
               FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE ${scope(where)}${keyset}
               ORDER BY c.sort_key ${desc}, c.id ${desc} LIMIT ?`;
      } else {
        // No index gives this order: every match is sorted, so the page's ids are chosen on narrow rows
        // first and only they get the row's columns. CROSS JOIN keeps the page as the outer loop.
        const v = SORT_EXPRESSIONS[sort.column];
        const keyset = after ? ` AND (${v} ${desc === 'DESC' ? '<' : '>'} ? OR (${v} = ? AND (c.sort_key, c.id) > (?, ?)))` : '';
        keysetParams = after ? [after.value, after.value, after.nameKey, after.id] : [];
        const inner = `SELECT c.id, ${v} AS v, c.sort_key AS nk FROM contacts c WHERE ${scope(where)}${keyset}
                       ORDER BY v ${desc}, c.sort_key, c.id LIMIT ?`;
        sql = `SELECT ${ROW_COLUMNS}, page.v AS sortValue, page.nk AS nameKey FROM (${inner}) page
               CROSS JOIN contacts c ON c.id = page.id LEFT JOIN companies co ON co.id = c.company_id ORDER BY page.v ${desc}, page.nk, page.id`;
      }
      const rows = prepared(sql).all(...where.params, ...keysetParams, limit) as PageRow[];
      const last = rows.length === limit ? rows[rows.length - 1] : undefined;
      return {
        items: rows.map(({ sortValue: _v, nameKey: _n, tags, ...row }) => ({
          id: row.id,
          displayName: row.displayName,
          companyId: row.companyId,
          companyName: row.companyName,
          jobTitle: row.jobTitle,
          primaryEmail: row.primaryEmail,
          primaryPhone: row.primaryPhone,
          archivedAtMs: row.archivedAtMs,
          city: row.city,
          lifecycleStage: row.lifecycleStage,
          owner: row.owner,
          source: row.source,
          preferredLanguage: row.preferredLanguage,
          // Sorted here: ORDER BY inside the aggregate costs a temporary b-tree per row.
          tags: (JSON.parse(tags) as string[]).sort(),
          createdAtMs: row.createdAtMs,
          updatedAtMs: row.updatedAtMs,
        })),
        nextCursor: last ? { value: last.sortValue, nameKey: last.nameKey, id: last.id } : null,
      };
    },

    count(where: ContactCondition): number {
      return prepared(`SELECT count(*) FROM contacts c WHERE ${scope(where)}`).pluck().get(...where.params) as number;
    },

    /** Ids in name order. */
    ids(where: ContactCondition): string[] {
      return prepared(`SELECT c.id FROM contacts c WHERE ${scope(where)} ORDER BY c.sort_key, c.id`).pluck().all(...where.params) as string[];
    },
  };
}
