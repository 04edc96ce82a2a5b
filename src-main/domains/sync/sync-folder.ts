// The shared folder's layout. Every file has a single writer and is immutable once named; writes go
// to a temp name, are fsynced, then renamed. Names that do not match the strict patterns (conflicted
// copies, " (1)" duplicates, temp files) are ignored and reported. No locks, no mtimes.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KeyringFile } from './keyring';

export const ROOT_MARKER = 'sampark-sync.json';
export const FOLDER_FORMAT = 1;
const DEVICE_ID = /^[0-9A-F]{16}$/;
const SEGMENT = /^(\d{10})-([a-z0-9]{6})\.seg$/;
const KEYRING = /^keyring-(\d+)\.json$/;
const SNAPSHOT = /^([0-9A-F]{16})-(\d{13})\.snap$/;

export interface RootMarker {
  syncId: string;
  format: number;
  minAppVersion: string;
  encrypted: boolean;
}

export interface DeviceInfo {
  deviceId: string;
  name: string;
  user: string;
  appVersion: string;
}

export class SyncFolder {
  readonly ignored: string[] = [];

  constructor(readonly dir: string) {}

  isAvailable(): boolean {
    try {
      return statSync(this.dir).isDirectory();
    } catch {
      return false;
    }
  }

  /** Anything in the folder besides our own layout (a foreign or unrelated folder)? */
  hasForeignContent(): boolean {
    return readdirSync(this.dir).some(
      (name) => !name.startsWith('.') && name !== 'devices' && name !== 'snapshots' && name !== ROOT_MARKER && !KEYRING.test(name),
    );
  }

  readMarker(): RootMarker | null {
    return this.readJson<RootMarker>(join(this.dir, ROOT_MARKER));
  }

  /** Writes the marker unless one exists; returns the marker in force. */
  createMarker(marker: RootMarker): RootMarker {
    const path = join(this.dir, ROOT_MARKER);
    if (!existsSync(path)) this.writeAtomic(this.dir, ROOT_MARKER, JSON.stringify(marker, null, 2));
    return this.readMarker() ?? marker;
  }

  readKeyring(): KeyringFile | null {
    const names = readdirSync(this.dir).filter((n) => KEYRING.test(n)).sort();
    const newest = names.at(-1);
    return newest ? this.readJson<KeyringFile>(join(this.dir, newest)) : null;
  }

  writeKeyring(file: KeyringFile): void {
    this.writeAtomic(this.dir, `keyring-${file.keyId}.json`, JSON.stringify(file, null, 2));
  }

  listDevices(): string[] {
    const devices = join(this.dir, 'devices');
    if (!existsSync(devices)) return [];
    return readdirSync(devices).filter((name) => {
      if (DEVICE_ID.test(name)) return true;
      this.ignored.push(`devices/${name}`);
      return false;
    });
  }

  readDevice(deviceId: string): DeviceInfo | null {
    return this.readJson<DeviceInfo>(join(this.deviceDir(deviceId), 'device.json'));
  }

  writeDeviceFile(deviceId: string, name: 'device.json' | 'state.json', value: unknown): void {
    this.writeAtomic(this.deviceDir(deviceId), name, JSON.stringify(value, null, 2));
  }

  /** seq → candidate file names (normally one) of a device's segments. */
  segmentsOf(deviceId: string): Map<number, string[]> {
    const dir = join(this.deviceDir(deviceId), 'seg');
    const bySeq = new Map<number, string[]>();
    if (!existsSync(dir)) return bySeq;
    for (const name of readdirSync(dir)) {
      const match = SEGMENT.exec(name);
      if (!match) {
        this.ignored.push(`devices/${deviceId}/seg/${name}`);
        continue;
      }
      const seq = Number(match[1]);
      bySeq.set(seq, [...(bySeq.get(seq) ?? []), name]);
    }
    return bySeq;
  }

  readSegment(deviceId: string, name: string): Buffer {
    return readFileSync(join(this.deviceDir(deviceId), 'seg', name));
  }

  writeSegment(deviceId: string, seq: number, bytes: Buffer): string {
    const name = `${String(seq).padStart(10, '0')}-${randomBytes(4).toString('hex').slice(0, 6)}.seg`;
    this.writeAtomic(join(this.deviceDir(deviceId), 'seg'), name, bytes);
    return name;
  }

  /** Snapshot file names, oldest first, with the device that wrote each. */
  snapshots(): { name: string; deviceId: string; createdAtMs: number }[] {
    const dir = join(this.dir, 'snapshots');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .flatMap((name) => {
        const match = SNAPSHOT.exec(name);
        if (!match) {
          this.ignored.push(`snapshots/${name}`);
          return [];
        }
        return [{ name, deviceId: match[1]!, createdAtMs: Number(match[2]) }];
      })
      .sort((a, b) => a.createdAtMs - b.createdAtMs);
  }

  readSnapshot(name: string): Buffer {
    return readFileSync(join(this.dir, 'snapshots', name));
  }

  writeSnapshot(deviceId: string, createdAtMs: number, bytes: Buffer): string {
    const name = `${deviceId}-${String(createdAtMs).padStart(13, '0')}.snap`;
    this.writeAtomic(join(this.dir, 'snapshots'), name, bytes);
    return name;
  }

  /** Removes a file this device wrote (compaction); a file already gone is fine. */
  removeOwn(deviceId: string, kind: 'seg' | 'snapshot', name: string): void {
    const path = kind === 'seg' ? join(this.deviceDir(deviceId), 'seg', name) : join(this.dir, 'snapshots', name);
    if (kind === 'snapshot' && !name.startsWith(`${deviceId}-`)) throw new Error('Only the writer removes its snapshots');
    rmSync(path, { force: true });
  }

  readDeviceState(deviceId: string): { applied: Record<string, number>; writtenAtMs?: number } | null {
    return this.readJson(join(this.deviceDir(deviceId), 'state.json'));
  }

  private deviceDir(deviceId: string): string {
    return join(this.dir, 'devices', deviceId);
  }

  private readJson<T>(path: string): T | null {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as T;
    } catch {
      return null;
    }
  }

  private writeAtomic(dir: string, name: string, data: string | Buffer): void {
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameWithRetry(temp, join(dir, name));
  }
}

/** Windows and some sync clients hold files briefly (EPERM/EBUSY): retry a few times. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      return renameSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      const until = Date.now() + 50 * (attempt + 1);
      while (Date.now() < until) {
        // brief wait before retrying
      }
    }
  }
}
