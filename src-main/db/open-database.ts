import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

export function openSqlite(file: string, options: { readonly?: boolean } = {}): Sqlite {
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    // WAL: readers never block the writer; NORMAL is crash-safe for the app (a kill -9 loses nothing committed).
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // 64 MB page cache instead of SQLite's 2 MB: imports, exports and sync touch far more than 2 MB.
    sqlite.pragma('cache_size = -65536');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function wrapDrizzle(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema });
}
