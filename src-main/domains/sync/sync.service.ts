// Sync through a shared folder: configuration, one sync run (flush local changes, ingest others'),
// status and the conflicts review. See ../shared/design/SYNC.md for the design.
import { v7 as uuidv7 } from 'uuid';
import type { LastChange, SyncReport, SyncStatus } from '../../../src-shared/contract/sync';
import { createChangeApplier } from '../../db/changes/apply-changes';
import { newestRowTs } from '../../db/changes/cell-clocks';
import type { ChangeWriter } from '../../db/changes/change-writer';
import { isSyncedColumn, type CellValue, type SyncedTable } from '../../db/changes/synced-tables';
import type { Sqlite } from '../../db/open-database';
import { AppError, notFound } from '../../rpc/app-error';
import { createDerivedWork } from './derived-work';
import { createKeyring, unlockKeyring } from './keyring';
import { FOLDER_FORMAT, SyncFolder } from './sync-folder';
import { flushOutbox } from './sync-flush';
import { fileSyncServiceOf, isInside } from './sync-guards';
import { ingestSegments } from './sync-ingest';
import { bootstrapFromSnapshot, collectOwnSegments, SNAPSHOT_EVERY_SEGMENTS, writeSnapshot } from './sync-snapshot';
import { createSyncState } from './sync-state';

/** The first schema whose synced tables readers must know to apply segments written now. */
export const MIN_READER_SCHEMA = 3;

export interface SyncServiceOptions {
  sqlite: Sqlite;
  writer: ChangeWriter;
  dataDir: string;
  schema: number;
  appVersion: string;
  afterApply: (touched: Map<SyncedTable, Set<string>>, columns?: Map<SyncedTable, Set<string>>) => void;
  /** Replace local data with the folder's: wipe synced rows (the caller backs up first). */
  wipeLocalData: () => void;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

export type SyncService = ReturnType<typeof createSyncService>;

interface RunInput {
  folder?: string;
  passphrase?: string | null;
  allowMassDelete?: boolean;
  /** Write a snapshot now and delete our segments it makes unnecessary (otherwise done every so often). */
  compact?: boolean;
}

export function createSyncService(options: SyncServiceOptions) {
  const { sqlite, writer } = options;
  const now = options.now ?? Date.now;
  const state = createSyncState(sqlite);
  const applier = createChangeApplier(sqlite, now);
  const derived = createDerivedWork(sqlite, state, options.afterApply);
  const pending = sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck();
  const openConflicts = sqlite.prepare('SELECT count(*) FROM sync_conflicts WHERE resolved_at_ms IS NULL').pluck();

  function status(): SyncStatus {
    const lastReport = state.meta('last_report');
    return {
      configured: state.meta('folder') !== null,
      folder: state.meta('folder'),
      deviceId: writer.deviceId,
      deviceName: state.meta('device_name') ?? '',
      userName: state.meta('user_name') ?? '',
      encrypted: state.meta('data_key') !== null,
      pendingChanges: pending.get() as number,
      openConflicts: openConflicts.get() as number,
      lastReport: lastReport ? (JSON.parse(lastReport) as SyncReport) : null,
      devices: state.devices(),
    };
  }

  function report(partial: Partial<SyncReport> & Pick<SyncReport, 'status'>, folder: SyncFolder | null): SyncReport {
    const full: SyncReport = {
      message: null,
      wroteChanges: 0,
      appliedChanges: 0,
      appliedSegments: 0,
      conflicts: 0,
      waiting: [],
      quarantined: [],
      ignoredFiles: [...new Set(folder?.ignored ?? [])],
      finishedAtMs: now(),
      ...partial,
    };
    state.setMeta('last_report', JSON.stringify(full));
    return full;
  }
  const paused = (message: string, folder: SyncFolder | null = null) => report({ status: 'paused', message }, folder);

  /** Checks the folder and binds this installation to it; returns the data key (or null) or a paused report. */
  function attach(folder: SyncFolder, passphrase: string | null): { key: Uint8Array | null; keyId: number | null } | SyncReport {
    if (!folder.isAvailable()) return paused(`The sync folder ${folder.dir} is not available (unmounted or removed?). Nothing was changed.`);
    const boundTo = state.meta('sync_id');
    let marker = folder.readMarker();
    if (!marker) {
      if (boundTo) return paused('The sync folder is empty or its files are missing (is the drive connected?). Sync is paused and nothing was deleted.');
      if (folder.hasForeignContent()) return paused('That folder already holds other files. Choose an empty folder or an existing Sampark sync folder.');
      if (!passphrase && fileSyncServiceOf(folder.dir)) {
        return paused(`That folder is synced by ${fileSyncServiceOf(folder.dir)}: set a passphrase so your data is encrypted there.`);
      }
      if (passphrase) {
        const { file, dataKey } = createKeyring(passphrase);
        folder.writeKeyring(file);
        state.setMeta('data_key', Buffer.from(dataKey).toString('base64'));
      }
      marker = folder.createMarker({ syncId: uuidv7(), format: FOLDER_FORMAT, minAppVersion: options.appVersion, encrypted: passphrase !== null });
    }
    if (boundTo && marker.syncId !== boundTo) return paused('That folder belongs to another Sampark data set. Sync is paused; nothing was changed.');
    if (marker.format > FOLDER_FORMAT) return paused('That sync folder was made by a newer Sampark. Please update Sampark.');
    let key: Uint8Array | null = null;
    if (marker.encrypted) {
      const stored = state.meta('data_key');
      if (passphrase) {
        const keyring = folder.readKeyring();
        key = keyring ? unlockKeyring(keyring, passphrase) : null;
        if (!key) return paused('The passphrase does not open this sync folder.');
        state.setMeta('data_key', Buffer.from(key).toString('base64'));
      } else if (stored) {
        key = new Uint8Array(Buffer.from(stored, 'base64'));
      } else {
        return paused('This sync folder is encrypted: enter its passphrase.');
      }
    }
    if (!boundTo) state.setMeta('sync_id', marker.syncId);
    return { key, keyId: marker.encrypted ? (folder.readKeyring()?.keyId ?? 1) : null };
  }

  /** One run at a time: a second caller waits for the run under way, then runs again. */
  let queue: Promise<unknown> = Promise.resolve();
  function run(input: RunInput = {}): Promise<SyncReport> {
    const next = queue.then(() => runOnce(input));
    queue = next.catch(() => undefined);
    return next;
  }

  async function runOnce(input: RunInput): Promise<SyncReport> {
    derived.recover();
    const folderPath = input.folder ?? state.meta('folder');
    if (!folderPath) throw new AppError('invalid_input', 'Sync is not set up: choose a sync folder first.');
    if (isInside(options.dataDir, folderPath) || isInside(folderPath, options.dataDir)) {
      throw new AppError('invalid_input', 'The sync folder and the data folder must be separate: the live database never goes into the sync folder.');
    }
    const folder = new SyncFolder(folderPath);
    const attached = attach(folder, input.passphrase ?? null);
    if ('status' in attached) return attached;
    if (!state.meta('folder')) state.setMeta('folder', folderPath);
    const header = { schema: options.schema, minReaderSchema: MIN_READER_SCHEMA, appVersion: options.appVersion };
    const deviceId = writer.deviceId;
    folder.writeDeviceFile(deviceId, 'device.json', {
      deviceId,
      name: state.meta('device_name') ?? '',
      user: state.meta('user_name') ?? '',
      appVersion: options.appVersion,
    });
    let fromSnapshot: number;
    let ingested: Awaited<ReturnType<typeof ingestSegments>>;
    try {
      const ingest = { sqlite, folder, state, clock: writer.clock, applier, deviceId, key: attached.key, schema: options.schema, afterApply: derived.add, now };
      fromSnapshot = bootstrapFromSnapshot(ingest);
      ingested = await ingestSegments({ ...ingest, allowMassDelete: input.allowMassDelete ?? false, onProgress: options.onProgress });
    } finally {
      derived.flush();
    }
    const flushed = flushOutbox({ sqlite, folder, state, deviceId, key: attached.key, keyId: attached.keyId, header, now });
    const ownSeq = Number(state.meta('own_seq') ?? 0);
    folder.writeDeviceFile(deviceId, 'state.json', { applied: state.appliedVector(), ownSeq, writtenAtMs: now() });
    if (input.compact || ownSeq - Number(state.meta('last_snapshot_seq') ?? 0) >= SNAPSHOT_EVERY_SEGMENTS) {
      writeSnapshot({ sqlite, folder, state, deviceId, key: attached.key, keyId: attached.keyId, header, now });
    }
    collectOwnSegments({ folder, deviceId, now });
    for (const d of folder.listDevices()) {
      const info = folder.readDevice(d);
      if (info && d !== deviceId) state.setDeviceInfo(d, info.name, info.user);
    }
    return report(
      {
        status: ingested.heldForDeletes !== null ? 'held' : 'ok',
        message:
          ingested.heldForDeletes !== null
            ? `This sync would remove ${ingested.heldForDeletes} records. Check the other machines; sync again with "allow large deletions" if that is intended.`
            : null,
        wroteChanges: flushed.messages,
        appliedChanges: ingested.appliedChanges + fromSnapshot,
        appliedSegments: ingested.appliedSegments,
        conflicts: ingested.conflicts,
        waiting: ingested.waiting,
        quarantined: ingested.quarantined,
      },
      folder,
    );
  }

  return {
    status,
    run,

    async configure(input: { folder: string; deviceName: string; userName: string; passphrase: string | null; join: 'merge' | 'replace' }): Promise<SyncStatus> {
      const service = fileSyncServiceOf(options.dataDir);
      if (service) throw new AppError('invalid_input', `Sampark's data folder is inside ${service}: move it out before syncing, or the live database can be corrupted.`);
      if (state.meta('sync_id') && state.meta('folder') !== input.folder) {
        throw new AppError('conflict', 'Sync is already set up with another folder. Turn sync off first.');
      }
      state.setMeta('device_name', input.deviceName);
      state.setMeta('user_name', input.userName);
      const folder = new SyncFolder(input.folder);
      if (input.join === 'replace' && folder.readMarker()) options.wipeLocalData();
      const result = await run({ folder: input.folder, passphrase: input.passphrase });
      if (result.status === 'paused') {
        state.deleteMeta('folder');
        throw new AppError('invalid_input', result.message ?? 'Sync could not start.');
      }
      return status();
    },

    disable(): SyncStatus {
      for (const key of ['folder', 'sync_id', 'data_key', 'own_seq', 'last_report']) state.deleteMeta(key);
      sqlite.exec('DELETE FROM sync_devices');
      return status();
    },

    conflicts() {
      const rows = sqlite
        .prepare(`SELECT id, tbl, row, col, losing_value AS losingValue, detected_at_ms AS detectedAtMs FROM sync_conflicts WHERE resolved_at_ms IS NULL ORDER BY detected_at_ms DESC LIMIT 500`)
        .all() as { id: string; tbl: string; row: string; col: string; losingValue: string; detectedAtMs: number }[];
      return {
        items: rows.filter((r) => isSyncedColumn(r.tbl, r.col)).map((r) => ({
          id: r.id,
          table: r.tbl,
          rowId: r.row,
          column: r.col,
          currentValue: (sqlite.prepare(`SELECT ${r.col} FROM ${r.tbl} WHERE id = ?`).pluck().get(r.row) ?? null) as CellValue,
          losingValue: JSON.parse(r.losingValue) as CellValue,
          detectedAtMs: r.detectedAtMs,
        })),
      };
    },

    /** The newest change to a record's own cells, attributed to the machine whose clock stamped it. */
    lastChange(table: 'contacts' | 'companies', rowId: string): LastChange | null {
      const ts = newestRowTs(sqlite, table, rowId);
      if (!ts) return null;
      const deviceId = ts.slice(-16);
      const isThisMachine = deviceId === writer.deviceId;
      const other = isThisMachine ? null : state.devices().find((d) => d.deviceId === deviceId);
      return {
        atMs: Date.parse(ts.slice(0, 24)),
        deviceId,
        deviceName: isThisMachine ? (state.meta('device_name') ?? '') : (other?.name ?? ''),
        userName: isThisMachine ? (state.meta('user_name') ?? '') : (other?.userName ?? ''),
        isThisMachine,
      };
    },

    resolveConflict(id: string, keep: 'current' | 'other') {
      const row = sqlite.prepare('SELECT tbl, row, col, losing_value AS losingValue FROM sync_conflicts WHERE id = ? AND resolved_at_ms IS NULL').get(id) as
        | { tbl: string; row: string; col: string; losingValue: string }
        | undefined;
      if (!row || !isSyncedColumn(row.tbl, row.col)) notFound('sync conflict', id);
      sqlite.transaction(() => {
        if (keep === 'other') writer.update(row.tbl as SyncedTable, row.row, { [row.col]: JSON.parse(row.losingValue) as CellValue });
        sqlite.prepare('UPDATE sync_conflicts SET resolved_at_ms = ? WHERE id = ?').run(now(), id);
      })();
      if (keep === 'other') options.afterApply(new Map([[row.tbl as SyncedTable, new Set([row.row])]]));
      return { ok: true as const };
    },
  };
}
