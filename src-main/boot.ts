// Wires the whole application: database, migrations, backups, domains and the one dispatch.
// Reading this file shows every part of the core; transports (Electron IPC, loopback HTTP, CLI)
// only receive the Core it returns.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appContract, type AppContract } from '../src-shared/contract';
import type { ContractHandlers } from '../src-shared/contract/method';
import { listBackups, writeBackup } from './db/backups';
import { createChangeWriter } from './db/changes/change-writer';
import { loadMigrations, migrate } from './db/migrate';
import { findMigrationsDir } from './db/migrations-dir';
import { openSqlite, type Sqlite } from './db/open-database';
import { backupsHandlers } from './domains/backups';
import { createCompaniesService, companiesHandlers } from './domains/companies';
import { createContactsService, contactsHandlers } from './domains/contacts';
import { createCustomFieldsService, customFieldsHandlers } from './domains/custom-fields';
import { createRelationshipsService, relationshipsHandlers } from './domains/relationships';
import { createSalesDomains } from './domains/payments';
import { demoHandlers } from './domains/demo';
import { exportsHandlers } from './domains/exports';
import { createImportsService, importsHandlers } from './domains/imports';
import { labelsDomain } from './domains/labels';
import { createSettingsService, systemHandlers } from './domains/system';
import { createSyncService, fileSyncServiceOf, startSyncScheduler, syncHandlers, type SyncService } from './domains/sync';
import { AppError } from './rpc/app-error';
import { EventBus } from './events';
import { BACKUPS_DIR, DATABASE_FILE } from './platform/data-dir';
import { restoreDatabase } from './db/restore';
import { createDispatch, type Dispatch } from './rpc/dispatch';
import { APP_VERSION } from './version';
import { chromiumPdfPrinter } from './platform/chromium-pdf';
import type { PdfPrinter } from './platform/pdf-printer';

export interface CoreOptions {
  dataDir: string;
  /** Take a backup once a day while running (the app and browser mode; not one-shot CLI commands). */
  dailyBackups?: boolean;
  /** Sync in the background when sync is set up (the app and browser mode). */
  backgroundSync?: boolean;
  /** The operating system's locale, for the 'auto' language setting. */
  systemLocale?: string;
  onInternalError?: (error: unknown, method: string) => void;
  /** Prints HTML to PDF (labels, envelopes, letters): Electron's printToPDF in the app, else system Chromium. */
  pdfPrinter?: PdfPrinter;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupsDir: string;
  /** Sync soon (the machine resumed from sleep, the network came back). */
  requestSync(): void;
  close(): void;
}

const DAY_MS = 24 * 3600_000;

export async function boot(options: CoreOptions): Promise<Core> {
  const dataDir = options.dataDir;
  const fileSync = fileSyncServiceOf(dataDir);
  if (fileSync) {
    throw new AppError(
      'unavailable',
      `Sampark's data folder ${dataDir} is inside ${fileSync}. File-sync services copy a database while it is being written and can corrupt it: move the data folder out (sync uses its own folder, see Settings → Sync).`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const backupsDir = join(dataDir, BACKUPS_DIR);
  const migrations = loadMigrations(findMigrationsDir());
  const events = new EventBus();
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;

  async function open(): Promise<{ sqlite: Sqlite; handlers: ContractHandlers<AppContract>; sync: SyncService }> {
    const sqlite = openSqlite(databaseFile);
    try {
      await migrate(sqlite, migrations, () => writeBackup(sqlite, backupsDir, 'pre-migration'));
    } catch (error) {
      sqlite.close();
      throw error;
    }
    const writer = createChangeWriter(sqlite);
    const settings = createSettingsService(sqlite);
    const defaultCountry = () => settings.get().defaultCountry;
    const companies = createCompaniesService(sqlite, events, writer, Date.now, defaultCountry);
    const contacts = createContactsService(sqlite, events, writer, Date.now, defaultCountry);
    const relationships = createRelationshipsService(sqlite, events, writer);
    const customFields = createCustomFieldsService({ sqlite, events, writer, reindexContact: (id) => contacts.reindex(id) });
    // Integrator: pass `createReminder: (r) => reminders.create(...)` once reminders exist (payments.chase, purchases.remindReorder).
    const sales = createSalesDomains({ sqlite, events, writer });
    const sync = createSyncService({
      sqlite,
      writer,
      dataDir,
      schema: migrations.length,
      appVersion: APP_VERSION,
      afterApply: (touched, columns) => {
        companies.afterSync(touched.get('companies') ?? []);
        contacts.afterSync(touched, columns);
        for (const id of customFields.contactsTouchedBySync(touched)) contacts.reindex(id);
        const salesTouched = sales.afterSync(touched);
        // Listeners refetch later, after this transaction has committed.
        queueMicrotask(() => {
          for (const domain of ['contacts', 'companies', 'relationships', 'customFields']) events.emit({ type: 'changed', domain });
          if (salesTouched) for (const domain of ['products', 'purchases', 'payments']) events.emit({ type: 'changed', domain });
        });
      },
      wipeLocalData: () => {
        writer.wipeSyncedData();
        contacts.resetSearchIndex();
      },
      onProgress: (done, total) => events.emit({ type: 'progress', job: 'sync', done, total }),
    });
    const handlers: ContractHandlers<AppContract> = {
      contacts: contactsHandlers(contacts),
      companies: companiesHandlers(companies, contacts),
      system: systemHandlers(settings, () => ({
        version: APP_VERSION,
        dataDir,
        databaseFile,
        backupsDir,
        schemaVersion: migrations.length,
        systemLocale,
      })),
      backups: backupsHandlers({
        list: () => listBackups(backupsDir),
        create: () => writeBackup(state.sqlite, backupsDir, 'manual'),
        restore: (file) => restore(file),
      }),
      demo: demoHandlers(companies, contacts, sales),
      sync: syncHandlers(sync, () => writeBackup(state.sqlite, backupsDir, 'pre-replace')),
      labels: labelsDomain({
        sqlite, writer, contacts, homeCountry: defaultCountry, printer: options.pdfPrinter ?? chromiumPdfPrinter(),
        hooks: { customFieldsOf: (id) => customFields.textByName(id) },
      }),
      imports: importsHandlers(createImportsService({ sqlite, contacts, companies, defaultCountry, customFields })),
      exports: exportsHandlers(contacts, companies, (id) => customFields.textByName(id)),
      relationships: relationshipsHandlers(relationships),
      customFields: customFieldsHandlers(customFields),
      ...sales.handlers,
    };
    return { sqlite, handlers, sync };
  }

  let state = await open();

  async function restore(file: string) {
    const result = await restoreDatabase({
      sqlite: state.sqlite,
      databaseFile,
      backupsDir,
      file,
      known: migrations.length,
    });
    state = await open();
    for (const domain of Object.keys(appContract)) events.emit({ type: 'changed', domain });
    return result;
  }

  const dispatch = createDispatch(appContract, () => state.handlers, options.onInternalError);

  let dailyTimer: NodeJS.Timeout | undefined;
  if (options.dailyBackups) {
    const takeDailyBackupIfDue = async () => {
      const lastDaily = listBackups(backupsDir).find((b) => b.reason === 'daily');
      if (!lastDaily || Date.now() - lastDaily.createdAtMs >= DAY_MS) {
        await writeBackup(state.sqlite, backupsDir, 'daily').catch((error: unknown) => console.error('Daily backup failed:', error));
      }
    };
    void takeDailyBackupIfDue();
    dailyTimer = setInterval(() => void takeDailyBackupIfDue(), 3600_000);
    dailyTimer.unref();
  }

  const scheduler = options.backgroundSync
    ? startSyncScheduler({
        folder: () => state.sync.status().folder,
        hasPendingChanges: () => state.sync.status().pendingChanges > 0,
        run: () => dispatch({ id: 0, method: 'sync.now', input: {} }),
        onLocalChange: (listener) => events.subscribe((event) => event.type === 'changed' && listener()),
      })
    : undefined;

  return {
    dispatch,
    events,
    dataDir,
    databaseFile,
    backupsDir,
    requestSync: () => scheduler?.poke(),
    close() {
      clearInterval(dailyTimer);
      scheduler?.stop();
      state.sqlite.close();
    },
  };
}
