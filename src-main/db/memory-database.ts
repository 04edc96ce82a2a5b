import { loadMigrations, migrate } from './migrate';
import { findMigrationsDir } from './migrations-dir';
import { openSqlite, type Sqlite } from './open-database';

/** A fresh in-memory database with every shipped migration applied (unit tests). */
export async function openMemoryDatabase(): Promise<Sqlite> {
  const sqlite = openSqlite(':memory:');
  await migrate(sqlite, loadMigrations(findMigrationsDir()), async () => undefined);
  return sqlite;
}
