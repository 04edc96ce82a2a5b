// Who moved a deal: the machine's id is stored with each stage move; its name and user come from
// this machine's sync identity or the devices seen in the sync folder.
import type { Sqlite } from '../../db/open-database';

export interface Attribution {
  deviceId: string;
  deviceName: string;
  userName: string;
  isThisMachine: boolean;
}

export function createAttribution(sqlite: Sqlite, thisDeviceId: string) {
  const meta = sqlite.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck();
  const device = sqlite.prepare('SELECT name, user_name AS userName FROM sync_devices WHERE device_id = ?');
  return {
    /** The user name to record with a change made here. */
    userName: () => (meta.get('user_name') as string | undefined) ?? '',
    of(deviceId: string, recordedUserName: string): Attribution {
      if (deviceId === thisDeviceId) {
        return { deviceId, deviceName: (meta.get('device_name') as string | undefined) ?? '', userName: recordedUserName, isThisMachine: true };
      }
      const other = device.get(deviceId) as { name: string; userName: string } | undefined;
      return { deviceId, deviceName: other?.name ?? '', userName: recordedUserName || (other?.userName ?? ''), isThisMachine: false };
    },
  };
}
