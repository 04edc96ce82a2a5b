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
import { casesHandlers, createCasesService, casesTimelineSource } from './domains/cases';
import { createCompaniesService, companiesHandlers } from './domains/companies';
import { createContactsService, contactsHandlers, tagIdOf } from './domains/contacts';
import { createCustomFieldsService, customFieldsHandlers } from './domains/custom-fields';
import { createDealsService, createPipelinesService, dealsHandlers, dealsTimelineSource, pipelinesHandlers } from './domains/deals';
import { createRelationshipsService, relationshipsHandlers } from './domains/relationships';
import { createSalesDomains } from './domains/payments';
import { purchasesTimelineSource } from './domains/purchases';
import { demoHandlers } from './domains/demo';
import { exportsHandlers } from './domains/exports';
import { createImportsService, importsHandlers, type ImportsService } from './domains/imports';
import { labelsDomain } from './domains/labels';
import { createSegmentsDomain, customFieldFilterFields, registerInteractionFields } from './domains/segments';
import { createAttribution, createInteractionsService, interactionsHandlers } from './domains/interactions';
import { buildCalendar, calendarHandlers, createLiveCalendar, type LiveCalendar } from './domains/calendar';
import {
  createBirthdays,
  createReminderSettings,
  createRemindersQueries,
  createRemindersService,
  remindersHandlers,
  remindersTimelineSource,
  createFollowUp,
  startReminderScheduler,
  systemClock,
  systemTimers,
  type Clock,
} from './domains/reminders';
import { createTodayService, todayHandlers } from './domains/today';
import { createSettingsService, systemHandlers } from './domains/system';
import { createSyncService, fileSyncServiceOf, startSyncScheduler, syncHandlers, type SyncService } from './domains/sync';
import { AppError } from './rpc/app-error';
import { EventBus } from './events';
import { BACKUPS_DIR, DATABASE_FILE, PHOTOS_DIR } from './platform/data-dir';
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
  /** Emit `reminders.due` while running (the app and browser mode). */
  reminderNotifications?: boolean;
  /** Time and time zone (tests move them). */
  clock?: Clock;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupsDir: string;
  /** Sync soon (the machine resumed from sleep, the network came back). */
  requestSync(): void;
  /** The machine woke up: tell what came due while it slept. */
  checkReminders(): void;
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

  const clock = options.clock ?? systemClock;

  async function open(): Promise<{ sqlite: Sqlite; handlers: ContractHandlers<AppContract>; sync: SyncService; imports: ImportsService; reminders: RemindersParts }> {
    const sqlite = openSqlite(databaseFile);
    try {
      await migrate(sqlite, migrations, () => writeBackup(sqlite, backupsDir, 'pre-migration'));
    } catch (error) {
      sqlite.close();
      throw error;
    }
    const writer = createChangeWriter(sqlite);
    const settings = createSettingsService(sqlite, writer);
    const defaultCountry = () => settings.get().defaultCountry;
    const companies = createCompaniesService(sqlite, events, writer, Date.now, defaultCountry);
    const contacts = createContactsService(sqlite, events, writer, Date.now, defaultCountry);
    const relationships = createRelationshipsService(sqlite, events, writer);
    const customFields = createCustomFieldsService({ sqlite, events, writer, reindexContact: (id) => contacts.reindex(id) });
    const segments = createSegmentsDomain({ sqlite, writer, events });
    segments.fields.registerProvider(() => customFieldFilterFields(customFields.list().items));
    registerInteractionFields(segments.fields);
    const interactions = createInteractionsService({ sqlite, events, writer, tagIdOf });
    // A merged contact's interactions go with it to the survivor (and back on Undo).
    contacts.addMergeFollower({
      name: 'interactions',
      move: (survivorId, mergedIds) => mergedIds.map((id) => ({ id, moved: interactions.moveContact(id, survivorId) })),
      undo: (moved, survivorId) => {
        for (const { id, moved: ids } of moved as { id: string; moved: string[] }[]) interactions.moveContact(survivorId, id, ids);
      },
    });
    const reminders = openReminders(sqlite, writer);
    const attribution = createAttribution(sqlite);
    interactions.timeline.register(remindersTimelineSource(reminders.service, (ids) => attribution.createdBy('reminder_completions', ids)));
    const pipelines = createPipelinesService(sqlite, events, writer);
    const deals = createDealsService(sqlite, events, writer, pipelines);
    interactions.timeline.register(dealsTimelineSource(deals));
    const cases = createCasesService({ sqlite, events, writer });
    interactions.timeline.register(casesTimelineSource(cases));
    const sales = createSalesDomains({ sqlite, events, writer, createReminder: createFollowUp(reminders.service, clock) });
    interactions.timeline.register(purchasesTimelineSource(sales.reads));
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
        if (touched.has('data_settings')) settings.afterSync();
        interactions.afterSync(touched, columns);
        reminders.service.afterSync(touched.get('reminders') ?? []);
        const salesTouched = sales.afterSync(touched);
        // Listeners refetch later, after this transaction has committed.
        queueMicrotask(() => {
          for (const domain of ['contacts', 'companies', 'relationships', 'customFields', 'segments', 'interactions', 'reminders', 'pipelines', 'deals', 'cases']) events.emit({ type: 'changed', domain });
          if (salesTouched) for (const domain of ['products', 'purchases', 'payments']) events.emit({ type: 'changed', domain });
        });
      },
      wipeLocalData: () => {
        writer.wipeSyncedData();
        contacts.resetSearchIndex();
        settings.afterSync();
        interactions.resetDerived();
      },
      onProgress: (done, total) => events.emit({ type: 'progress', job: 'sync', done, total }),
    });
    const imports = createImportsService({ sqlite, contacts, companies, events, defaultCountry, photosDir: join(dataDir, PHOTOS_DIR), customFields });
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
      demo: demoHandlers(companies, contacts, interactions, reminders.service, deals, cases, sales),
      sync: syncHandlers(sync, () => writeBackup(state.sqlite, backupsDir, 'pre-replace')),
      labels: labelsDomain({
        sqlite, writer, contacts, homeCountry: defaultCountry, printer: options.pdfPrinter ?? chromiumPdfPrinter(),
        hooks: {
          customFieldsOf: (id) => customFields.textByName(id),
          segmentContactIds: (name) => segments.service.ids({ segmentId: segments.service.byName(name).id, filter: null }),
        },
      }),
      imports: importsHandlers(imports),
      exports: exportsHandlers(sqlite, (id) => companies.get(id, contacts)),
      relationships: relationshipsHandlers(relationships),
      customFields: customFieldsHandlers(customFields),
      segments: segments.handlers,
      interactions: interactionsHandlers(interactions),
      ...reminders.handlers,
      pipelines: pipelinesHandlers(pipelines),
      deals: dealsHandlers(deals),
      cases: casesHandlers(cases),
      ...sales.handlers,
    };
    return { sqlite, handlers, sync, imports, reminders };
  }

  type RemindersParts = ReturnType<typeof openReminders>;
  /** Reminders, birthdays, Today and the calendar over one database. */
  function openReminders(sqlite: Sqlite, writer: ReturnType<typeof createChangeWriter>) {
    const service = createRemindersService(sqlite, events, writer, clock);
    const queries = createRemindersQueries(sqlite, clock);
    const birthdays = createBirthdays(sqlite, clock);
    const settings = createReminderSettings(sqlite);
    const calendarInput = () => ({
      reminders: queries.forCalendar(),
      birthdays: birthdays.all(),
      birthdayDaysBefore: settings.get().birthdayDaysBefore,
      nowMs: clock.now(),
    });
    const live: LiveCalendar = createLiveCalendar({
      folder: () => settings.get().calendarFolder,
      build: () => buildCalendar(calendarInput()),
      now: clock.now,
      timers: systemTimers,
    });
    // A new folder is written at once (the user sees it work); other changes (alarm days) soon.
    const afterSettings = (changed: { calendarFolder?: unknown }) => (changed.calendarFolder !== undefined ? live.writeNow() : live.schedule());
    const handlers = {
      reminders: remindersHandlers(service, queries, birthdays, settings, afterSettings),
      today: todayHandlers(createTodayService(queries, birthdays, clock)),
      calendar: calendarHandlers(calendarInput, live),
    };
    return { service, queries, birthdays, settings, live, handlers };
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
      if ((!lastDaily || Date.now() - lastDaily.createdAtMs >= DAY_MS) && !state.imports.isWriting()) {
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
        // An import holds its transaction open across yields; sync after it commits (its event pokes us).
        run: async () => (state.imports.isWriting() ? undefined : dispatch({ id: 0, method: 'sync.now', input: {} })),
        onLocalChange: (listener) => events.subscribe((event) => event.type === 'changed' && listener()),
      })
    : undefined;

  // The live calendar follows reminders and birthdays; the scheduler re-arms after any change.
  const reminderScheduler = options.reminderNotifications
    ? startReminderScheduler({
        clock,
        timers: systemTimers,
        dueBetween: (from, to) => state.reminders.queries.dueBetween(from, to),
        nextDueAfter: (ms) => state.reminders.queries.nextDueAfter(ms),
        birthdaysOn: (date) => state.reminders.birthdays.upcoming(1, date),
        birthdayDaysBefore: () => state.reminders.settings.get().birthdayDaysBefore,
        emit: (notice) => events.emit(notice),
      })
    : undefined;
  const stopFollowingReminders = events.subscribe((event) => {
    if (event.type !== 'changed' || (event.domain !== 'reminders' && event.domain !== 'contacts')) return;
    state.reminders.live.schedule();
    if (event.domain === 'reminders') reminderScheduler?.poke();
  });

  return {
    dispatch,
    events,
    dataDir,
    databaseFile,
    backupsDir,
    requestSync: () => scheduler?.poke(),
    checkReminders: () => reminderScheduler?.poke(),
    close() {
      stopFollowingReminders();
      reminderScheduler?.stop();
      state.reminders.live.flush();
      clearInterval(dailyTimer);
      scheduler?.stop();
      state.sqlite.close();
    },
  };
}
