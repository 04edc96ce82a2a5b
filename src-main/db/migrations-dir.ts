import { dirname } from 'node:path';
import { findUp } from '../platform/find-up';

/** The shipped migrations/ folder (drizzle-kit output). */
export function findMigrationsDir(): string {
  const journal = findUp('migrations/meta/_journal.json');
  if (!journal) throw new Error('Cannot find the migrations folder of this Sampark installation.');
  return dirname(dirname(journal));
}
