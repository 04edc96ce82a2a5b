// Imports: preview changes nothing; run writes every valid record in one transaction (all or
// nothing, so a crash or Cancel leaves no partial import) and logs it; undo reverses a whole import.
import { v7 as uuidv7 } from 'uuid';
import { ContactFields, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import type { ImportLogEntry, ImportPreview, ImportSource } from '../../../src-shared/contract/imports';
import type { z } from 'zod';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import type { CompaniesService } from '../companies';
import { combineFields, detailToFields, type ContactsService, type ValidatedContact } from '../contacts';
import { CHUNK, matchImport, prepareImport, type PlanItem, type PreparedImport } from './import-plan';
import { createImportJobs, type ImportJob } from './import-jobs';
import { createContactPhotos } from './contact-photos';
import { createCsvMappings } from './csv-mappings';
import { createPlanCache, sourceKey } from './plan-cache';

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
  events: EventBus;
  /** Where contact photos are stored (photos/ in the data dir). */
  photosDir: string;
  defaultCountry: () => string;
  /** Custom fields defined in Settings: a CSV column mapped to `customFields:Name` fills the field of that name. */
  customFields?: {
    checker(): (name: string, value: string) => boolean;
    setTextByName(contactId: string, byName: Record<string, string>): Record<string, string>;
  };
  now?: () => number;
}) {
  const { sqlite, contacts, companies, events } = options;
  const now = options.now ?? Date.now;
  const cache = createPlanCache(now);
  const jobs = createImportJobs(events);
  const mappings = createCsvMappings(sqlite);
  const photos = createContactPhotos(options.photosDir);
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
  const changed = () => {
    for (const domain of ['contacts', 'companies', 'imports']) events.emit({ type: 'changed', domain });
  };

  const keyOf = (source: Source) => sourceKey({ ...source, defaultCountry: options.defaultCountry() });

  async function prepare(source: Source, job: ImportJob): Promise<PreparedImport> {
    const bytes = new Uint8Array(Buffer.from(source.contentBase64, 'base64'));
    if (bytes.length === 0) throw new AppError('invalid_input', `${source.fileName} is empty.`);
    job.progress(0, 1);
    const prepared = await prepareImport({
      bytes,
      format: source.format,
      csvMapping: source.csvMapping,
      rememberedMapping: (headers) => mappings.get(headers),
      defaultCountry: options.defaultCountry(),
      onChunk: (done, total) => job.step(done, total),
      fitsCustomField: options.customFields?.checker(),
    });
    // A CSV whose columns are all unknown still previews: the user maps them there.
    if (prepared.records.length === 0 && prepared.errors.length > 0 && !prepared.parsed.csvColumns) {
      throw new AppError('invalid_input', `${source.fileName}: ${prepared.errors[0]!.message}`);
    }
    return prepared;
  }

  const insertLog = sqlite.prepare(
    `INSERT INTO import_log (id, file_name, at_ms, created_ids, updated_before, created, updated, skipped)
     VALUES (:id, :fileName, :atMs, :createdIds, :updatedBefore, :created, :updated, :skipped)`,
  );

  /**
   * Writes the plan in one transaction, a chunk at a time, yielding between chunks so progress events
   * and a Cancel reach the core. Cancel (or any failure) rolls the whole transaction back.
   */
  async function write(source: Source, prepared: PreparedImport, items: PlanItem[], job: ImportJob): Promise<LogRow & { photoWarnings: string[] }> {
    const companyIds = new Map<string, string>();
    const companyIdFor = (name: string | null): string | null => {
      if (!name) return null;
      let id = companyIds.get(name);
      if (id === undefined) {
        id = companies.findByName(name) ?? companies.create({ name: name.slice(0, 200), website: '', industry: '', phone: '', city: '', notes: '' });
        companyIds.set(name, id);
      }
      return id;
    };
    const createdIds: string[] = [];
    const updatedBefore: Record<string, ContactFieldsInput> = {};
    // Written after the commit, so a cancelled or failed import leaves no files either.
    const photoFiles: { contactId: string; bytes: Uint8Array; line: number }[] = [];
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      for (let start = 0; start < items.length; start += CHUNK) {
        const toCreate: ValidatedContact[] = [];
        const createdPhotos: { bytes: Uint8Array | null; line: number }[] = [];
        const createdCustom: Record<string, string>[] = [];
        for (const { record, action, matchId } of items.slice(start, start + CHUNK)) {
          if (action === 'skip') continue;
          const companyName = record.mapped.companyName;
          const companyId = companyIdFor(companyName);
          if (action === 'create') {
            toCreate.push({ fields: { ...record.fields, companyId }, e164s: record.e164s, companyName });
            createdPhotos.push({ bytes: record.mapped.photoBytes, line: record.line });
            createdCustom.push(record.mapped.customValues);
          } else if (matchId && !updatedBefore[matchId]) {
            if (record.mapped.photoBytes) photoFiles.push({ contactId: matchId, bytes: record.mapped.photoBytes, line: record.line });
            const before = detailToFields(contacts.get(matchId));
            updatedBefore[matchId] = before;
            contacts.update(matchId, ContactFields.parse(combineFields(before, { ...record.mapped.fields, companyId }, 'replace')));
            if (Object.keys(record.mapped.customValues).length > 0) options.customFields?.setTextByName(matchId, record.mapped.customValues);
          }
        }
        contacts.insertValidated(toCreate).forEach((id, i) => {
          createdIds.push(id);
          const { bytes, line } = createdPhotos[i]!;
          if (bytes) photoFiles.push({ contactId: id, bytes, line });
          const custom = createdCustom[i]!;
          if (Object.keys(custom).length > 0) options.customFields?.setTextByName(id, custom);
        });
        await job.step(Math.min(items.length, start + CHUNK), items.length);
      }
      const row: LogRow = {
        id: uuidv7(),
        fileName: source.fileName,
        atMs: now(),
        createdIds: JSON.stringify(createdIds),
        updatedBefore: JSON.stringify(updatedBefore),
        created: createdIds.length,
        updated: Object.keys(updatedBefore).length,
        skipped: items.filter((i) => i.action === 'skip').length,
        undoneAtMs: null,
      };
      insertLog.run(row);
      const columns = prepared.parsed.csvColumns;
      if (columns && source.csvMapping) mappings.remember(columns.map((c) => c.header), source.csvMapping);
      sqlite.exec('COMMIT');
      const photoWarnings = photoFiles.flatMap(({ contactId, bytes, line }) => {
        try {
          const problem = photos.save(contactId, bytes);
          return problem ? [`line ${line}: ${problem}`] : [];
        } catch (error) {
          return [`line ${line}: the photo could not be saved (${error instanceof Error ? error.message : String(error)})`];
        }
      });
      return { ...row, photoWarnings };
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    } finally {
      changed();
    }
  }

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
    async preview(source: Source): Promise<ImportPreview> {
      return jobs.run('import.preview', async (job) => {
        const prepared = await prepare(source, job);
        const items = matchImport(prepared, source.mode, contacts.matchIndex());
        const count = (action: string) => items.filter((i) => i.action === action).length;
        return {
          format: prepared.parsed.format,
          preset: prepared.parsed.preset ?? null,
          encoding: prepared.parsed.encoding,
          total: items.length + prepared.errors.length,
          toCreate: count('create'),
          toUpdate: count('update'),
          toSkip: count('skip'),
          errors: prepared.errors.slice(0, 500),
          warnings: prepared.warnings.slice(0, 500),
          samples: items.slice(0, 100).map(({ record, action, reason }) => ({ line: record.line, displayName: record.displayName, action, reason })),
          columns: prepared.parsed.csvColumns ?? null,
          token: cache.put(keyOf(source), prepared),
        };
      });
    },

    async run(source: Source) {
      return jobs.run('import.run', async (job) => {
        const prepared = cache.take(source.previewToken, keyOf(source)) ?? (await prepare(source, job));
        // Matched now, not at preview: the database may have changed in between.
        const items = matchImport(prepared, source.mode, contacts.matchIndex());
        const row = await write(source, prepared, items, job);
        return { ...toEntry(row), errors: prepared.errors.slice(0, 500), warnings: [...prepared.warnings, ...row.photoWarnings].slice(0, 500) };
      });
    },

    /** A contact's photo as a data URL, or null. */
    photo(contactId: string): { dataUrl: string | null } {
      return { dataUrl: photos.dataUrl(contactId) };
    },

    cancel(): { cancelled: boolean } {
      return { cancelled: jobs.cancel() };
    },

    /** True while an import's transaction is open (background sync and backups wait for it). */
    isWriting(): boolean {
      return sqlite.inTransaction && jobs.current() === 'import.run';
    },

    undo(id: string): ImportLogEntry {
      const entry = toEntry(undoTx(id));
      changed();
      return entry;
    },

    list(): ImportLogEntry[] {
      return (sqlite.prepare(`SELECT ${COLUMNS} FROM import_log ORDER BY at_ms DESC LIMIT 50`).all() as LogRow[]).map(toEntry);
    },
  };
}
