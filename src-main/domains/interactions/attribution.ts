// "Logged by <user> on <machine>": read from what sync already records. Every synced cell carries
// the hybrid-logical-clock timestamp of its write, whose last 16 characters are the writing
// device; created_at_ms is written once, so its stamp names the machine that created the row. Its
// stamp is the row's clock entry unless the cell has one of its own (see db/changes/cell-clocks.ts).
import type { Attribution } from '../../../src-shared/contract/interactions';
import type { Sqlite } from '../../db/open-database';

export function createAttribution(sqlite: Sqlite) {
  const meta = sqlite.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck();
  const device = sqlite.prepare('SELECT name, user_name AS userName FROM sync_devices WHERE device_id = ?');
  const stamp = sqlite
    .prepare(
      `SELECT coalesce((SELECT nullif(ts, '') FROM crdt_cells WHERE tbl = :table AND row = :row AND col = 'created_at_ms'),
                       (SELECT ts FROM crdt_rows WHERE tbl = :table AND row = :row))`,
    )
    .pluck();

  return {
    /** Who created each row; rows without a stamp (none yet) are left out. */
    createdBy(table: string, rowIds: readonly string[]): Map<string, Attribution> {
      const own = meta.get('device_id') as string | undefined;
      const result = new Map<string, Attribution>();
      const devices = new Map<string, Attribution>();
      for (const rowId of rowIds) {
        const ts = stamp.get({ table, row: rowId }) as string | null | undefined;
        if (!ts) continue;
        const deviceId = ts.slice(-16);
        let who = devices.get(deviceId);
        if (!who) {
          const isThisMachine = deviceId === own;
          const other = isThisMachine ? undefined : (device.get(deviceId) as { name: string; userName: string } | undefined);
          who = {
            deviceId,
            deviceName: isThisMachine ? ((meta.get('device_name') as string | undefined) ?? '') : (other?.name ?? ''),
            userName: isThisMachine ? ((meta.get('user_name') as string | undefined) ?? '') : (other?.userName ?? ''),
            isThisMachine,
          };
          devices.set(deviceId, who);
        }
        result.set(rowId, who);
      }
      return result;
    },
  };
}
