// Starts `sampark serve` (the built CLI) on a fresh data dir and hands back the URL it prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;
const START_TIMEOUT_MS = 30_000;

export interface ServedApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'sampark-e2e-'));
}

export async function startServe(dataDir = freshDataDir()): Promise<ServedApp> {
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'cli', 'main.js'), 'serve', '--data-dir', dataDir, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // 'auto' language follows the system locale; pin it so specs see English on any machine.
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => fail(new Error(`sampark serve printed no URL within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      if (child.exitCode === null) child.kill();
      rmSync(dataDir, { recursive: true, force: true });
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolveUrl(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => fail(new Error(`sampark serve exited with code ${code}:\n${output}`)));
    child.once('error', fail);
  });

  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Calls the served core directly, as a script on the same machine could: for arranging data that
 * would take a spec long to make through the UI (e.g. many records). Throws the core's error message.
 */
export async function callServed<T>(app: ServedApp, method: string, input: unknown = {}): Promise<T> {
  const url = new URL(app.url);
  const response = await fetch(new URL('/rpc', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
    body: JSON.stringify({ id: 1, method, input }),
  });
  const reply = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}
