// Backups through SQLite's online backup API (never a file copy of the live database), each checked
// with quick_check before it counts, rotated to keep 7 daily and 4 weekly generations.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Backup } from '../../src-shared/contract/system';
import { AppError } from '../rpc/app-error';
import { openSqlite, type Sqlite } from './open-database';

export type BackupReason = Backup['reason'];
const NAME = /^sampark-(\d{8})-(\d{6})-(\d{3})-(daily|manual|pre-migration|pre-restore|pre-replace)\.db$/;

export function backupFileName(atMs: number, reason: BackupReason): string {
  const iso = new Date(atMs).toISOString(); // 2026-11-23T14:05:12.123Z
  const day = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 19).replaceAll(':', '');
  return `sampark-${day}-${time}-${iso.slice(20, 23)}-${reason}.db`;
}

export function parseBackupName(name: string): { createdAtMs: number; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d, t, ms, reason] = m as unknown as [string, string, string, string, BackupReason];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  return { createdAtMs: Date.parse(iso), reason };
}

export function listBackups(dir: string): Backup[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const parsed = parseBackupName(file);
      return parsed ? [{ file, ...parsed, sizeBytes: statSync(join(dir, file)).size }] : [];
    })
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
}

/** Throws unless the file is a readable SQLite database that passes quick_check. */
export function checkDatabaseFile(file: string): void {
  let sqlite: Sqlite | undefined;
  try {
    sqlite = openSqlite(file, { readonly: true });
    const result = sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result));
  } catch (error) {
    throw new AppError('invalid_input', `${basename(file)} is not a usable Sampark backup (${(error as Error).message}).`);
  } finally {
    sqlite?.close();
  }
}

export async function writeBackup(sqlite: Sqlite, dir: string, reason: BackupReason, nowMs = Date.now()): Promise<Backup> {
  mkdirSync(dir, { recursive: true });
  const file = backupFileName(nowMs, reason);
  const partial = join(dir, `${file}.partial`);
  try {
    await sqlite.backup(partial);
    // A backup is one self-contained file: no WAL beside it.
    const copy = openSqlite(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    checkDatabaseFile(partial);
    renameSync(partial, join(dir, file)); // only a checked, complete backup gets a backup's name
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
  }
  rotateBackups(dir, nowMs);
  return { file, reason, createdAtMs: nowMs, sizeBytes: statSync(join(dir, file)).size };
}

/**
 * Which backups to keep: the newest of each of the 7 most recent days that have one, the newest of
 * each of the 4 most recent ISO weeks before those, and always anything from the last 24 hours.
 */
export function backupsToKeep(backups: Backup[], nowMs: number): Set<string> {
  const keep = new Set<string>();
  const newestFirst = [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs);
  const days: string[] = [];
  const weeks: string[] = [];
  for (const backup of newestFirst) {
    if (nowMs - backup.createdAtMs < 24 * 3600_000) {
      keep.add(backup.file);
      continue;
    }
    const day = new Date(backup.createdAtMs).toISOString().slice(0, 10);
    if (days.includes(day)) continue;
    if (days.length < 7) {
      days.push(day);
      keep.add(backup.file);
      continue;
    }
    const week = isoWeek(backup.createdAtMs);
    if (weeks.includes(week) || weeks.length >= 4) continue;
    weeks.push(week);
    keep.add(backup.file);
  }
  return keep;
}

export function rotateBackups(dir: string, nowMs: number): void {
  const backups = listBackups(dir);
  const keep = backupsToKeep(backups, nowMs);
  for (const backup of backups) if (!keep.has(backup.file)) rmSync(join(dir, backup.file), { force: true });
}

function isoWeek(ms: number): string {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86400_000));
  return `${year}-W${week}`;
}
