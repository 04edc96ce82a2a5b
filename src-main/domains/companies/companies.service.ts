// Rules for companies. A rename re-indexes its people, whose search text includes the company name.
import { v7 as uuidv7 } from 'uuid';
import type { CompanyDetail, CompanyFields, CompanyFieldsInput, CompanySummary } from '../../../src-shared/contract/companies';
import { CompanyFields as CompanyFieldsSchema } from '../../../src-shared/contract/companies';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { notFound } from '../../rpc/app-error';
import { type ContactsService, sortKey } from '../contacts';
import { createCompaniesRepo, type CompanyRow } from './companies.repo';

export type CompaniesService = ReturnType<typeof createCompaniesService>;

export function createCompaniesService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, now: () => number = Date.now) {
  const repo = createCompaniesRepo(sqlite);
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

  const cells = (fields: CompanyFields) => ({
    name: fields.name,
    sort_key: sortKey(fields.name),
    website: fields.website,
    industry: fields.industry,
    phone: fields.phone,
    city: fields.city,
    notes: fields.notes,
  });

  const insertManyTx = sqlite.transaction((list: CompanyFields[]) => {
    const nowMs = now();
    return list.map((fields) => {
      const id = uuidv7();
      writer.insert('companies', id, { ...cells(fields), created_at_ms: nowMs, updated_at_ms: nowMs });
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
        phone: row.phone,
        notes: row.notes,
        people: contacts.peopleOf(id),
        createdAtMs: row.createdAtMs,
        updatedAtMs: row.updatedAtMs,
      };
    },

    create(fields: CompanyFields): string {
      const [id] = insertManyTx([fields]);
      changed();
      return id!;
    },

    /** Many companies in one transaction (demo data, later imports). */
    createMany(list: CompanyFieldsInput[]): string[] {
      const ids = insertManyTx(list.map((input) => CompanyFieldsSchema.parse(input)));
      changed();
      return ids;
    },

    update(id: string, fields: CompanyFields, contacts: ContactsService): void {
      sqlite.transaction(() => {
        const before = find(id);
        writer.update('companies', id, cells(fields), { updated_at_ms: now() });
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
