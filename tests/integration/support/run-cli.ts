import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CLI = 'dist/cli/main.js';

/** Runs the built `sampark` CLI as a user would, in a child process. */
export function sampark(args: string[]): { status: number; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does) before the integration tests.`);
  const result = spawnSync(process.execPath, ['bin/sampark.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
