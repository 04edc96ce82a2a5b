import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder the desktop app keeps its data in (Electron's userData for the app name "Sampark"),
 * so the CLI and the app find the same database by default. SAMPARK_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SAMPARK_DATA_DIR) return env.SAMPARK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Sampark');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Sampark');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Sampark');
}

export const DATABASE_FILE = 'sampark.db';
export const BACKUPS_DIR = 'backups';
/** Contact photos from imported cards, one file per contact (not synced). */
export const PHOTOS_DIR = 'photos';
