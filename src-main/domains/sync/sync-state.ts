// This installation's sync bookkeeping in its own database (sync_meta, sync_devices).
import type { ChangeApplier } from '../../db/changes/apply-changes';
import type { HlcClock } from '../../db/changes/hlc-clock';
import type { SyncedTable } from '../../db/changes/synced-tables';
import type { Sqlite } from '../../db/open-database';
import type { SyncFolder } from './sync-folder';

/** What writing this machine's changes to the folder needs (segments and snapshots alike). */
export interface WriteContext {
  sqlite: Sqlite;
  folder: SyncFolder;
  state: SyncState;
  deviceId: string;
  key: Uint8Array | null;
  keyId: number | null;
  /** Stamped into every file's header: who can read it. */
  header: { schema: number; minReaderSchema: number; appVersion: string };
  now: () => number;
}

/** What reading the folder into the database needs (segments and snapshots alike). */
export interface IngestContext {
  sqlite: Sqlite;
  folder: SyncFolder;
  state: SyncState;
  clock: HlcClock;
  applier: ChangeApplier;
  deviceId: string;
  key: Uint8Array | null;
  /** This app's schema: files needing a newer reader wait. */
  schema: number;
  afterApply: (touched: Map<SyncedTable, Set<string>>, columns?: Map<SyncedTable, Set<string>>) => void;
  now: () => number;
}

export type SyncState = ReturnType<typeof createSyncState>;

export function createSyncState(sqlite: Sqlite) {
  const get = sqlite.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck();
  const set = sqlite.prepare('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const del = sqlite.prepare('DELETE FROM sync_meta WHERE key = ?');
  const device = sqlite.prepare(
    `SELECT device_id AS deviceId, applied_seq AS appliedSeq, name, user_name AS userName,
            quarantined_reason AS quarantinedReason, last_seen_at_ms AS lastSeenAtMs FROM sync_devices WHERE device_id = ?`,
  );
  const devices = sqlite.prepare(
    `SELECT device_id AS deviceId, applied_seq AS appliedSeq, name, user_name AS userName,
            quarantined_reason AS quarantinedReason, last_seen_at_ms AS lastSeenAtMs FROM sync_devices ORDER BY name, device_id`,
  );
  const ensureDevice = sqlite.prepare('INSERT INTO sync_devices (device_id) VALUES (?) ON CONFLICT DO NOTHING');
  const setApplied = sqlite.prepare('UPDATE sync_devices SET applied_seq = ?, quarantined_reason = NULL, last_seen_at_ms = ? WHERE device_id = ?');
  const setQuarantine = sqlite.prepare('UPDATE sync_devices SET quarantined_reason = ? WHERE device_id = ?');
  const setDeviceInfo = sqlite.prepare('UPDATE sync_devices SET name = ?, user_name = ? WHERE device_id = ?');

  type DeviceRow = { deviceId: string; appliedSeq: number; name: string; userName: string; quarantinedReason: string | null; lastSeenAtMs: number | null };

  return {
    meta: (key: string) => (get.get(key) as string | undefined) ?? null,
    setMeta: (key: string, value: string) => void set.run(key, value),
    deleteMeta: (key: string) => void del.run(key),
    device(deviceId: string): DeviceRow {
      ensureDevice.run(deviceId);
      return device.get(deviceId) as DeviceRow;
    },
    devices: () => devices.all() as DeviceRow[],
    setApplied: (deviceId: string, seq: number, nowMs: number) => void setApplied.run(seq, nowMs, deviceId),
    quarantine: (deviceId: string, reason: string) => void setQuarantine.run(reason, deviceId),
    setDeviceInfo: (deviceId: string, name: string, user: string) => void setDeviceInfo.run(name, user, deviceId),
    /** What this installation has applied from every device: the deps of the next segment it writes. */
    appliedVector(): Record<string, number> {
      return Object.fromEntries((devices.all() as DeviceRow[]).map((d) => [d.deviceId, d.appliedSeq]));
    },
  };
}
