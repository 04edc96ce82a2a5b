import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The app version from the nearest package.json (source tree, bundle or app archive). */
export const APP_VERSION: string = (() => {
  for (let dir = import.meta.dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'sampark' && pkg.version) return pkg.version;
    } catch {
      // keep walking up
    }
  }
  return '0.0.0';
})();
