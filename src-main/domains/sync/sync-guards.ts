// Where sync must refuse to go: the live database inside a file-sync folder (the engines copy a
// half-written SQLite file and corrupt it), or a sync folder overlapping the data folder.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const CLOUD_NAMES = /^(dropbox|onedrive.*|google ?drive|my drive|icloud ?drive|mobile documents|nextcloud|owncloud|pcloud ?drive)$/i;
const SYNC_MARKERS = ['.dropbox', '.dropbox.cache', '.stfolder', '.sync', '.owncloudsync.log'];

/** The name of the file-sync service a path lives under, or null. */
export function fileSyncServiceOf(path: string): string | null {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    for (const marker of SYNC_MARKERS) if (existsSync(join(dir, marker))) return marker === '.stfolder' ? 'Syncthing' : marker.replace(/^\./, '');
    const name = dir.split(sep).at(-1) ?? '';
    if (CLOUD_NAMES.test(name)) return name;
    if (dirname(dir) === dir) return null;
  }
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
