// Rules for contacts: derived display names, child rows (emails, phones) kept as tombstoned rows,
// the search index updated in the same transaction, and one 'changed' event per write.
import { v7 as uuidv7 } from 'uuid';
import type { ContactCursor, ContactDetail, ContactFields, ContactFieldsInput, ContactSummary } from '../../../src-shared/contract/contacts';
import { ContactFields as ContactFieldsSchema } from '../../../src-shared/contract/contacts';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { syncChildRows, type ChildTable } from './contacts.children';
import { CHILD_TABLES, childRowsOf, contactColumns, deriveDisplayName } from './contacts.columns';
import type { Statement } from 'better-sqlite3';
import { createContactsRepo, type ChildRow, type ContactDetailsRow, type ContactRow } from './contacts.repo';
import { createContactTags } from './contacts.tags';
import { createDuplicateFinder, pairKey } from './contacts.duplicates';
import { createMerger } from './contacts.merge';
import { toCountryCode } from './phone-number';
import { createContactSearchIndex } from './contacts.search-index';
import { createValidatedInsert, type ValidatedContact } from './contacts.insert-validated';
import { ftsMatchExpression, isShortQuery, prefixUpperBound, searchTokens, sortKey } from './search-text';

export type ContactsService = ReturnType<typeof createContactsService>;

/** Columns the display name and sort keys are derived from. */
const NAME_COLUMNS = ['given_name', 'family_name', 'display_name', 'is_display_name_set'] as const;


export function createContactsService(
  sqlite: Sqlite,
  events: EventBus,
  writer: ChangeWriter,
  now: () => number = Date.now,
  /** Country for phone numbers typed without a country code (e.g. 'IN'). */
  defaultCountry: () => string = () => 'IN',
) {
  const repo = createContactsRepo(sqlite);
  const searchIndex = createContactSearchIndex(sqlite);
  const tags = createContactTags(sqlite, writer);
  const duplicates = createDuplicateFinder(sqlite, defaultCountry);
  const changed = () => events.emit({ type: 'changed', domain: 'contacts' });

  function toSummary(row: ContactRow): ContactSummary {
    return {
      id: row.id,
      displayName: row.displayName,
      companyId: row.companyId,
      companyName: row.companyName,
      jobTitle: row.jobTitle,
      primaryEmail: row.primaryEmail,
      primaryPhone: row.primaryPhone,
      archivedAtMs: row.archivedAtMs,
    };
  }

  function get(id: string): ContactDetail {
    const row = repo.q.byId.get(id) as ContactRow | undefined;
    if (!row) notFound('contact', id);
    const child = (r: ChildRow) => ({ id: r.id, label: r.label, value: r.value });
    const details = repo.q.details.get(id) as ContactDetailsRow;
    return {
      ...toSummary(row),
      givenName: row.givenName,
      familyName: row.familyName,
      isDisplayNameSet: row.isDisplayNameSet === 1,
      emails: (repo.q.emails.all(id) as ChildRow[]).map(child),
      phones: (repo.q.phones.all(id) as (ChildRow & { e164: string | null })[]).map((r) => ({ ...child(r), e164: r.e164 })),
      notes: row.notes,
      ...details,
      isDoNotContact: details.isDoNotContact === 1,
      isDoNotMail: details.isDoNotMail === 1,
      addresses: repo.q.addresses.all(id) as ContactDetail['addresses'],
      websites: repo.q.websites.all(id) as ContactDetail['websites'],
      tags: tags.namesOf(id),
      createdAtMs: row.createdAtMs,
      updatedAtMs: row.updatedAtMs,
    };
  }

  const liveChildIds = Object.fromEntries(
    CHILD_TABLES.map((table) => [table, sqlite.prepare(`SELECT id FROM ${table} WHERE contact_id = ? AND deleted_at_ms IS NULL`).pluck()]),
  ) as Record<ChildTable, Statement<unknown[]>>;

  /** Writes every multi-valued part of a contact; returns whether anything changed. */
  function writeChildren(id: string, fields: ContactFields, nowMs: number, isNew: boolean): boolean {
    const rows = childRowsOf(fields, toCountryCode(defaultCountry()));
    const results = CHILD_TABLES.map((table) =>
      syncChildRows(writer, table, { column: 'contact_id', id }, isNew ? [] : (liveChildIds[table].all(id) as string[]), rows[table], nowMs),
    );
    const tagsChanged = isNew && fields.tags.length === 0 ? false : tags.set(id, fields.tags, nowMs);
    return results.some(Boolean) || tagsChanged;
  }

  function contactCells(fields: ContactFields) {
    if (fields.companyId && !repo.q.companyExists.get(fields.companyId)) {
      throw new AppError('invalid_input', 'companyId: That company does not exist');
    }
    return contactColumns(fields);
  }

  const insertOne = (fields: ContactFields, nowMs: number): string => {
    const id = uuidv7();
    writer.insert('contacts', id, { ...contactCells(fields), created_at_ms: nowMs, updated_at_ms: nowMs });
    writeChildren(id, fields, nowMs, true);
    searchIndex.update(id);
    return id;
  };

  const createTx = sqlite.transaction((fields: ContactFields) => insertOne(fields, now()));
  const createManyTx = sqlite.transaction((list: ContactFields[]) => {
    const nowMs = now();
    return list.map((fields) => insertOne(fields, nowMs));
  });

  const updateTx = sqlite.transaction((id: string, fields: ContactFields) => {
    if (!repo.q.byId.get(id)) notFound('contact', id);
    const nowMs = now();
    const touched: Cells = writeChildren(id, fields, nowMs, false) ? { updated_at_ms: nowMs } : {};
    writer.update('contacts', id, { ...contactCells(fields), ...touched }, { updated_at_ms: nowMs });
    searchIndex.update(id);
  });

  const setArchivedTx = sqlite.transaction((id: string, archived: boolean) => {
    const current = repo.q.byId.get(id) as ContactRow | undefined;
    if (!current) notFound('contact', id);
    const nowMs = now();
    if ((current.archivedAtMs !== null) === archived) return;
    writer.update('contacts', id, { archived_at_ms: archived ? nowMs : null, updated_at_ms: nowMs });
    searchIndex.update(id);
  });

  const merger = createMerger({
    sqlite,
    writer,
    get,
    update: (id, fields) => updateTx(id, fields),
    reindex: (id) => searchIndex.update(id),
    now,
  });
  const insertValidated = createValidatedInsert(sqlite, writer, searchIndex);
  const summaryOf = (id: string) => toSummary(repo.q.byId.get(id) as ContactRow);

  return {
    get,

    findDuplicates(probe: { givenName: string; familyName: string; displayName: string; companyId: string | null; emails: string[]; phones: string[]; excludeId: string | null }) {
      const displayName = deriveDisplayName(probe);
      return {
        items: duplicates.matchesFor({ ...probe, displayName }).slice(0, 20).map(({ id, score, reasons }) => ({ contact: summaryOf(id), score, reasons })),
      };
    },

    duplicateCandidates(limit: number) {
      return { items: duplicates.candidates(limit).map(({ a, b, score, reasons }) => ({ a: summaryOf(a), b: summaryOf(b), score, reasons })) };
    },

    dismissDuplicate(a: string, b: string) {
      sqlite.prepare('INSERT INTO duplicate_dismissals (pair, at_ms) VALUES (?, ?) ON CONFLICT DO NOTHING').run(pairKey(a, b), now());
      return { ok: true as const };
    },

    merge(survivorId: string, mergedIds: string[], fields?: ContactFieldsInput) {
      const mergeId = merger.merge(survivorId, mergedIds, fields);
      changed();
      return { mergeId, contact: get(survivorId) };
    },

    addMergeFollower: merger.addFollower,

    undoMerge(mergeId: string) {
      const survivorId = merger.undo(mergeId);
      changed();
      return get(survivorId);
    },

    list(after: ContactCursor | null, limit: number) {
      const rows = (after ? repo.q.pageAfter.all(after.sortKey, after.id, limit) : repo.q.firstPage.all(limit)) as ContactRow[];
      const last = rows.length === limit ? rows[rows.length - 1] : undefined;
      return { items: rows.map(toSummary), nextCursor: last ? { sortKey: last.sortKey, id: last.id } : null };
    },

    count() {
      return repo.q.count.get() as { active: number; archived: number };
    },

    /**
     * Names that start with the text first (by name), then surnames that do, then contacts matching
     * in any other field. Short queries (one or two letters) use the name indexes only.
     */
    search(text: string, limit: number) {
      const tokens = searchTokens(text);
      if (tokens.length === 0) return { items: [] };
      if (tokens.length > 1) {
        return { items: (repo.q.byFtsAll.all(ftsMatchExpression(tokens), limit) as ContactRow[]).map(toSummary) };
      }
      const [token] = tokens as [string];
      const found = new Map<string, ContactRow>();
      const add = (rows: unknown[]) => {
        for (const row of rows as ContactRow[]) if (found.size < limit && !found.has(row.id)) found.set(row.id, row);
      };
      const hi = prefixUpperBound(token);
      add(repo.q.byDisplayPrefix.all(token, hi, limit));
      if (found.size < limit) add(repo.q.byFamilyPrefix.all(token, hi, limit));
      if (found.size < limit && !isShortQuery(tokens)) add(repo.q.byFtsAny.all(ftsMatchExpression(tokens), limit + found.size));
      return { items: [...found.values()].map(toSummary) };
    },

    peopleOf(companyId: string): ContactSummary[] {
      return (repo.q.byCompany.all(companyId) as ContactRow[]).map(toSummary);
    },

    /**
     * After changes arrived from another machine: recompute derived columns (a merge can combine one
     * machine's given name with another's family name) and bring the search index up to date.
     */
    afterSync: sqlite.transaction((touched: ReadonlyMap<string, ReadonlySet<string>>, columns?: ReadonlyMap<string, ReadonlySet<string>>) => {
      // Only what depends on changed columns is redone: an edited job title needs neither.
      const changed = (table: string, names: readonly string[]) => !columns || names.some((c) => columns.get(table)?.has(c));
      const namesChanged = changed('contacts', NAME_COLUMNS);
      const toName = new Set(namesChanged ? touched.get('contacts') : []);
      const toIndex = new Set(changed('contacts', [...NAME_COLUMNS, 'company_id', 'archived_at_ms']) ? touched.get('contacts') : []);
      for (const table of ['contact_emails', 'contact_phones'] as const) {
        for (const childId of touched.get(table) ?? []) {
          const contactId = repo.q.contactOfChild[table].get(childId) as string | undefined;
          if (contactId) toIndex.add(contactId);
        }
      }
      if (changed('companies', ['name', 'archived_at_ms'])) {
        for (const companyId of touched.get('companies') ?? []) {
          for (const id of repo.q.idsByCompany.pluck().all(companyId) as string[]) toIndex.add(id);
        }
      }
      for (const id of toName) {
        const row = repo.q.names.get(id) as
          | (Pick<ContactRow, 'givenName' | 'familyName' | 'displayName' | 'isDisplayNameSet' | 'sortKey'> & { familyKey: string })
          | undefined;
        if (!row) continue;
        const displayName = row.isDisplayNameSet ? row.displayName : deriveDisplayName({ ...row, displayName: '' });
        if (displayName !== row.displayName) writer.update('contacts', id, { display_name: displayName });
        const keys = { sort_key: sortKey(displayName), family_key: sortKey(row.familyName || displayName) };
        if (keys.sort_key !== row.sortKey || keys.family_key !== row.familyKey) writer.setLocal('contacts', id, keys);
        toIndex.add(id);
      }
      for (const id of toIndex) searchIndex.update(id);
    }),

    /** Every active contact's id, in name order. */
    activeIds(): string[] {
      return sqlite.prepare('SELECT id FROM contacts WHERE archived_at_ms IS NULL ORDER BY sort_key, id').pluck().all() as string[];
    },

    /** Live contacts by lower-cased email and by E.164 phone: how imports recognise people already here. */
    matchIndex(): { byEmail: Map<string, string>; byPhone: Map<string, string> } {
      const live = (table: string, column: string) =>
        sqlite
          .prepare(
            `SELECT lower(x.${column}) AS k, x.contact_id AS id FROM ${table} x JOIN contacts c ON c.id = x.contact_id
             WHERE x.deleted_at_ms IS NULL AND c.archived_at_ms IS NULL AND x.${column} IS NOT NULL`,
          )
          .all() as { k: string; id: string }[];
      return {
        byEmail: new Map(live('contact_emails', 'value').map((r) => [r.k, r.id])),
        byPhone: new Map(live('contact_phones', 'e164').map((r) => [r.k, r.id])),
      };
    },

    /** Drops the whole search index (local data replaced); rows re-enter it as they arrive. */
    resetSearchIndex() {
      sqlite.exec('DELETE FROM contacts_fts; DELETE FROM contact_search_rows;');
    },

    /** Rebuilds one contact's search text (another domain changed part of it, e.g. a custom field value). */
    reindex(id: string) {
      searchIndex.update(id);
    },

    /** Re-indexes a company's people after its name changed (called inside the company's write). */
    reindexCompany(companyId: string) {
      for (const id of repo.q.idsByCompany.pluck().all(companyId) as string[]) searchIndex.update(id);
    },

    create(fields: ContactFields) {
      const id = createTx(fields);
      changed();
      return get(id);
    },

    /** Many contacts in one transaction (demo data, later imports): all or nothing. */
    createMany(list: ContactFieldsInput[]): string[] {
      const ids = createManyTx(list.map((input) => ContactFieldsSchema.parse(input)));
      changed();
      return ids;
    },

    /** Imported contacts, validated and phones parsed by the caller, in the caller's transaction (no event). */
    insertValidated: (list: readonly ValidatedContact[]): string[] => insertValidated(list, now()),

    update(id: string, fields: ContactFields) {
      updateTx(id, fields);
      changed();
      return get(id);
    },

    setArchived(id: string, archived: boolean) {
      setArchivedTx(id, archived);
      changed();
      return get(id);
    },
  };
}
