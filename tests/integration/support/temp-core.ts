import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot, type Core } from '../../../src-main/boot';

export function tempDataDir(prefix = 'sampark-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real core on a fresh data dir; close() also removes the folder. */
export async function tempCore(): Promise<Core & { cleanup(): void }> {
  const dataDir = tempDataDir();
  const core = await boot({ dataDir, systemLocale: 'en-IN' });
  return Object.assign(core, {
    cleanup() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
