import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds `relative` in `from` or a folder above it. The same code runs from the source tree, the
 * esbuild bundle in dist/ and the app archive, so shipped folders are located, not hard-coded.
 */
export function findUp(relative: string, from: string = import.meta.dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
