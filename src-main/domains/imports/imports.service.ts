// Imports: preview changes nothing; run writes every valid record in one transaction (all or
// nothing, so a crash leaves no partial import) and logs it; undo reverses a whole import.
import { v7 as uuidv7 } from 'uuid';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import type { ImportLogEntry, ImportPreview, ImportSource } from '../../../src-shared/contract/imports';
import type { z } from 'zod';
import type { Sqlite } from '../../db/open-database';
import { AppError, notFound } from '../../rpc/app-error';
import type { CompaniesService } from '../companies';
import { combineFields, detailToFields, type ContactsService } from '../contacts';
import { planImport, type ImportPlan } from './import-plan';

type Source = z.output<typeof ImportSource>;
export type ImportsService = ReturnType<typeof createImportsService>;

interface LogRow {
  id: string;
  fileName: string;
  atMs: number;
  createdIds: string;
  updatedBefore: string;
  created: number;
  updated: number;
  skipped: number;
  undoneAtMs: number | null;
}

export function createImportsService(options: {
  sqlite: Sqlite;
  contacts: ContactsService;
  companies: CompaniesService;
  defaultCountry: () => string;
  /** Custom fields defined in Settings: a CSV column mapped to `customFields:Name` fills the field of that name. */
  customFields?: {
    checker(): (name: string, value: string) => boolean;
    setTextByName(contactId: string, byName: Record<string, string>): Record<string, string>;
  };
  now?: () => number;
}) {
  const { sqlite, contacts, companies } = options;
  const now = options.now ?? Date.now;
  const COLUMNS = `id, file_name AS fileName, at_ms AS atMs, created_ids AS createdIds, updated_before AS updatedBefore,
    created, updated, skipped, undone_at_ms AS undoneAtMs`;
  const toEntry = (row: LogRow): ImportLogEntry => ({
    id: row.id,
    fileName: row.fileName,
    atMs: row.atMs,
    created: row.created,
    updated: row.updated,
    skipped: row.skipped,
    undoneAtMs: row.undoneAtMs,
  });

  function plan(source: Source): ImportPlan {
    const bytes = new Uint8Array(Buffer.from(source.contentBase64, 'base64'));
    if (bytes.length === 0) throw new AppError('invalid_input', `${source.fileName} is empty.`);
    const result = planImport({
      bytes,
      format: source.format,
      mode: source.mode,
      csvMapping: source.csvMapping,
      defaultCountry: options.defaultCountry(),
      match: contacts.matchIndex(),
      fitsCustomField: options.customFields?.checker(),
    });
    if (result.parsed.records.length === 0 && result.errors.length > 0 && result.items.length === 0) {
      throw new AppError('invalid_input', `${source.fileName}: ${result.errors[0]!.message}`);
    }
    return result;
  }

  function companyIdFor(name: string | null): string | null {
    if (!name) return null;
    return companies.findByName(name) ?? companies.create({ name: name.slice(0, 200), website: '', industry: '', phone: '', city: '', notes: '' });
  }

  const runTx = sqlite.transaction((source: Source, importPlan: ImportPlan) => {
    const created: ContactFieldsInput[] = [];
    const createdCustom: Record<string, string>[] = [];
    const updatedBefore: Record<string, ContactFieldsInput> = {};
    for (const item of importPlan.items) {
      if (item.action === 'skip') continue;
      const companyId = companyIdFor(item.mapped.companyName);
      if (item.action === 'create') {
        created.push({ ...item.mapped.fields, companyId });
        createdCustom.push(item.mapped.customValues);
      } else if (item.matchId && !updatedBefore[item.matchId]) {
        const before = detailToFields(contacts.get(item.matchId));
        updatedBefore[item.matchId] = before;
        contacts.update(item.matchId, ContactFields.parse(combineFields(before, { ...item.mapped.fields, companyId }, 'replace')));
        options.customFields?.setTextByName(item.matchId, item.mapped.customValues);
      }
    }
    const createdIds = created.length > 0 ? contacts.createMany(created) : [];
    createdIds.forEach((id, i) => {
      const values = createdCustom[i];
      if (values && Object.keys(values).length > 0) options.customFields?.setTextByName(id, values);
    });
    const row: LogRow = {
      id: uuidv7(),
      fileName: source.fileName,
      atMs: now(),
      createdIds: JSON.stringify(createdIds),
      updatedBefore: JSON.stringify(updatedBefore),
      created: createdIds.length,
      updated: Object.keys(updatedBefore).length,
      skipped: importPlan.items.filter((i) => i.action === 'skip').length,
      undoneAtMs: null,
    };
    sqlite
      .prepare(
        `INSERT INTO import_log (id, file_name, at_ms, created_ids, updated_before, created, updated, skipped)
         VALUES (:id, :fileName, :atMs, :createdIds, :updatedBefore, :created, :updated, :skipped)`,
      )
      .run(row);
    return row;
  });

  const undoTx = sqlite.transaction((id: string) => {
    const row = sqlite.prepare(`SELECT ${COLUMNS} FROM import_log WHERE id = ?`).get(id) as LogRow | undefined;
    if (!row) notFound('import', id);
    if (row.undoneAtMs !== null) throw new AppError('conflict', `The import of ${row.fileName} was already undone.`);
    for (const contactId of JSON.parse(row.createdIds) as string[]) {
      const contact = contacts.get(contactId);
      if (contact.archivedAtMs === null) contacts.setArchived(contactId, true);
    }
    for (const [contactId, before] of Object.entries(JSON.parse(row.updatedBefore) as Record<string, ContactFieldsInput>)) {
      contacts.update(contactId, ContactFields.parse(before));
    }
    const undoneAtMs = now();
    sqlite.prepare('UPDATE import_log SET undone_at_ms = ? WHERE id = ?').run(undoneAtMs, id);
    return { ...row, undoneAtMs };
  });

  return {
    preview(source: Source): ImportPreview {
      const result = plan(source);
      const count = (action: string) => result.items.filter((i) => i.action === action).length;
      return {
        format: result.parsed.format,
        preset: result.parsed.preset ?? null,
        encoding: result.parsed.encoding,
        total: result.items.length + result.errors.length,
        toCreate: count('create'),
        toUpdate: count('update'),
        toSkip: count('skip'),
        errors: result.errors.slice(0, 500),
        warnings: result.warnings.slice(0, 500),
        samples: result.items.slice(0, 100).map(({ line, displayName, action, reason }) => ({ line, displayName, action, reason })),
      };
    },

    run(source: Source) {
      const result = plan(source);
      const row = runTx(source, result);
      return { ...toEntry(row), errors: result.errors.slice(0, 500), warnings: result.warnings.slice(0, 500) };
    },

    undo(id: string): ImportLogEntry {
      return toEntry(undoTx(id));
    },

    list(): ImportLogEntry[] {
      return (sqlite.prepare(`SELECT ${COLUMNS} FROM import_log ORDER BY at_ms DESC LIMIT 50`).all() as LogRow[]).map(toEntry);
    },
  };
}
