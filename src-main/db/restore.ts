// Restores a backup into place: check it, keep the current database as a backup, close, swap files.
// The caller reopens (and so migrates an older backup) afterwards.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import type { Backup } from '../../src-shared/contract/system';
import { AppError } from '../rpc/app-error';
import { checkDatabaseFile, writeBackup } from './backups';
import { openSqlite, type Sqlite } from './open-database';

export async function restoreDatabase(options: {
  sqlite: Sqlite;
  databaseFile: string;
  backupsDir: string;
  /** A backup's file name in the backups folder, or an absolute path to a database file. */
  file: string;
  /** How many migrations this version knows: a newer backup is refused. */
  known: number;
}): Promise<{ restored: string; safetyBackup: Backup }> {
  const { sqlite, databaseFile, backupsDir, file } = options;
  if (!isAbsolute(file) && basename(file) !== file) {
    throw new AppError('invalid_input', 'Name a backup from the list, or give the full path of a backup file.');
  }
  const source = isAbsolute(file) ? file : join(backupsDir, file);
  if (!existsSync(source)) throw new AppError('not_found', `No backup file ${file}`);
  checkDatabaseFile(source);
  const probe = openSqlite(source, { readonly: true });
  try {
    const hasTable = probe.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'`).get();
    const applied = hasTable ? (probe.prepare('SELECT count(*) FROM schema_migrations').pluck().get() as number) : -1;
    if (applied < 0) throw new AppError('invalid_input', `${basename(source)} is not a Sampark database.`);
    if (applied > options.known) {
      throw new AppError('invalid_input', `${basename(source)} was written by a newer version of Sampark. Please update Sampark first.`);
    }
  } finally {
    probe.close();
  }
  // An older backup is fine: reopening migrates it forward.
  const safetyBackup = await writeBackup(sqlite, backupsDir, 'pre-restore');
  sqlite.close();
  // Copy next to the database first, then rename over it: a crash leaves either the old or the new file.
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(source, incoming);
  rmSync(`${databaseFile}-wal`, { force: true });
  rmSync(`${databaseFile}-shm`, { force: true });
  renameSync(incoming, databaseFile);
  return { restored: basename(source), safetyBackup };
}
