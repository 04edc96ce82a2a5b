// Applies drizzle-kit's SQL migrations at start-up: all pending ones in one transaction, after a backup.
// Applied migrations must be a prefix of the shipped ones; a database that knows more was written by
// a newer Sampark and is refused rather than damaged.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../rpc/app-error';
import type { Sqlite } from './open-database';

export interface Migration {
  idx: number;
  tag: string;
  statements: string[];
  hash: string;
}

export function loadMigrations(dir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries.map(({ idx, tag }) => {
    const text = readFileSync(join(dir, `${tag}.sql`), 'utf8');
    const statements = text
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.replace(/^--.*$/gm, '').trim() !== '');
    return { idx, tag, statements, hash: createHash('sha256').update(text).digest('hex') };
  });
}

export function appliedMigrations(sqlite: Sqlite): { idx: number; tag: string }[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)`);
  return sqlite.prepare('SELECT idx, tag FROM schema_migrations ORDER BY idx').all() as { idx: number; tag: string }[];
}

export function pendingMigrations(sqlite: Sqlite, known: Migration[]): Migration[] {
  const applied = appliedMigrations(sqlite);
  if (applied.length > known.length) {
    throw new AppError(
      'unavailable',
      `This data was written by a newer version of Sampark (schema ${applied.length}; this version knows ${known.length}). Please update Sampark.`,
    );
  }
  applied.forEach((row, i) => {
    if (row.idx !== known[i]!.idx || row.tag !== known[i]!.tag) {
      throw new AppError(
        'unavailable',
        `This data has a migration (${row.tag}) this version of Sampark does not know. Please update Sampark.`,
      );
    }
  });
  return known.slice(applied.length);
}

/**
 * Brings the database up to date. `backupFirst` runs only when there is something to migrate in a
 * database that already holds data.
 */
export async function migrate(
  sqlite: Sqlite,
  known: Migration[],
  backupFirst: () => Promise<unknown>,
): Promise<{ applied: string[] }> {
  const pending = pendingMigrations(sqlite, known);
  if (pending.length === 0) return { applied: [] };
  if (pending.length < known.length) await backupFirst();
  const record = sqlite.prepare('INSERT INTO schema_migrations (idx, tag, hash, applied_at_ms) VALUES (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.statements) sqlite.exec(statement);
      record.run(migration.idx, migration.tag, migration.hash, Date.now());
    }
    sqlite.pragma(`user_version = ${known.length}`);
  })();
  return { applied: pending.map((m) => m.tag) };
}
