// Rules for companies. A rename re-indexes its people, whose search text includes the company name.
// Emails, phones and addresses are child rows (companies.children.ts); tags share the contacts' tags.
import { v7 as uuidv7 } from 'uuid';
import type { CompanyDetail, CompanyFields, CompanyFieldsInput, CompanySummary } from '../../../src-shared/contract/companies';
import { CompanyFields as CompanyFieldsSchema } from '../../../src-shared/contract/companies';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { notFound } from '../../rpc/app-error';
import { type ContactsService, sortKey } from '../contacts';
import { companyChildRows, createCompanyChildren, COMPANY_CHILD_TABLES } from './companies.children';
import { createCompaniesRepo, type CompanyRow } from './companies.repo';
import { createCompanyTags } from './companies.tags';
import { domainOf } from './company-domain';

export type CompaniesService = ReturnType<typeof createCompaniesService>;

export function createCompaniesService(
  sqlite: Sqlite,
  events: EventBus,
  writer: ChangeWriter,
  now: () => number = Date.now,
  /** Country for phone numbers typed without a country code (e.g. 'IN'). */
  defaultCountry: () => string = () => 'IN',
) {
  const repo = createCompaniesRepo(sqlite);
  const children = createCompanyChildren(sqlite, writer);
  const tags = createCompanyTags(sqlite, writer);
  const changed = () => events.emit({ type: 'changed', domain: 'companies' });

  const toSummary = (row: CompanyRow): CompanySummary => ({
    id: row.id,
    name: row.name,
    industry: row.industry,
    city: row.city,
    peopleCount: row.peopleCount,
    archivedAtMs: row.archivedAtMs,
  });

  function find(id: string): CompanyRow {
    const row = repo.byId.get(id) as CompanyRow | undefined;
    return row ?? notFound('company', id);
  }

  /** The company's own columns; phone and city repeat the primary phone and address for the list. */
  const cells = (fields: CompanyFields, rows: ReturnType<typeof companyChildRows>) => ({
    name: fields.name,
    sort_key: sortKey(fields.name),
    website: fields.website,
    domain: fields.domain || domainOf(fields.website),
    industry: fields.industry,
    phone: String(rows.company_phones[0]?.cells.value ?? ''),
    city: String(rows.company_addresses[0]?.cells.locality ?? ''),
    notes: fields.notes,
  });

  /** Writes every child row and tag; returns whether anything changed. */
  function writeChildren(id: string, fields: CompanyFields, rows: ReturnType<typeof companyChildRows>, nowMs: number, isNew: boolean): boolean {
    const results = COMPANY_CHILD_TABLES.map((table) => children.sync(table, id, rows[table], nowMs, isNew));
    const tagsChanged = isNew && fields.tags.length === 0 ? false : tags.set(id, fields.tags, nowMs);
    return results.some(Boolean) || tagsChanged;
  }

  const insertManyTx = sqlite.transaction((list: CompanyFields[]) => {
    const nowMs = now();
    return list.map((fields) => {
      const id = uuidv7();
      const rows = companyChildRows(fields, defaultCountry());
      writer.insert('companies', id, { ...cells(fields, rows), created_at_ms: nowMs, updated_at_ms: nowMs });
      writeChildren(id, fields, rows, nowMs, true);
      return id;
    });
  });

  return {
    list(text: string, limit: number): { items: CompanySummary[] } {
      const key = sortKey(text);
      const rows = key ? repo.matching.all({ key, hi: `${key}\u{10FFFF}`, limit }) : repo.all.all(limit);
      return { items: (rows as CompanyRow[]).map(toSummary) };
    },

    /** The live company with this name (case- and accent-insensitive), if any. */
    findByName(name: string): string | null {
      return (sqlite.prepare('SELECT id FROM companies WHERE sort_key = ? AND archived_at_ms IS NULL ORDER BY id LIMIT 1').pluck().get(sortKey(name)) as string | undefined) ?? null;
    },

    get(id: string, contacts: ContactsService): CompanyDetail {
      const row = find(id);
      return {
        ...toSummary(row),
        website: row.website,
        domain: row.domain,
        phone: row.phone,
        emails: repo.emails.all(id) as CompanyDetail['emails'],
        phones: repo.phones.all(id) as CompanyDetail['phones'],
        addresses: repo.addresses.all(id) as CompanyDetail['addresses'],
        tags: tags.namesOf(id),
        notes: row.notes,
        people: contacts.peopleOf(id),
        createdAtMs: row.createdAtMs,
        updatedAtMs: row.updatedAtMs,
      };
    },

    create(input: CompanyFieldsInput): string {
      const [id] = insertManyTx([CompanyFieldsSchema.parse(input)]);
      changed();
      return id!;
    },

    /** Many companies in one transaction (demo data, later imports). */
    createMany(list: CompanyFieldsInput[]): string[] {
      const ids = insertManyTx(list.map((input) => CompanyFieldsSchema.parse(input)));
      changed();
      return ids;
    },

    update(id: string, input: CompanyFieldsInput, contacts: ContactsService): void {
      const fields = CompanyFieldsSchema.parse(input);
      sqlite.transaction(() => {
        const before = find(id);
        const nowMs = now();
        const rows = companyChildRows(fields, defaultCountry());
        const touched: Cells = writeChildren(id, fields, rows, nowMs, false) ? { updated_at_ms: nowMs } : {};
        writer.update('companies', id, { ...cells(fields, rows), ...touched }, { updated_at_ms: nowMs });
        if (before.name !== fields.name) contacts.reindexCompany(id);
      })();
      changed();
      events.emit({ type: 'changed', domain: 'contacts' });
    },

    /** After changes arrived from another machine: keep the derived sort key in step with the name. */
    afterSync(ids: Iterable<string>): void {
      sqlite.transaction(() => {
        for (const id of ids) {
          const row = repo.byId.get(id) as CompanyRow | undefined;
          if (row) writer.setLocal('companies', id, { sort_key: sortKey(row.name) });
        }
      })();
    },

    setArchived(id: string, archived: boolean): void {
      const current = find(id);
      const nowMs = now();
      if ((current.archivedAtMs !== null) === archived) return;
      writer.update('companies', id, { archived_at_ms: archived ? nowMs : null, updated_at_ms: nowMs });
      changed();
    },
  };
}
