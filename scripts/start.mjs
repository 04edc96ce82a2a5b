// `npm start`: builds, then opens the desktop app. Electron fetches its runtime on first use; where
// that is impossible (offline, blocked), Sampark starts in browser mode instead of failing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electronPackage = join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** Only a slow download gets a progress note; an offline failure is quick and says nothing extra. */
const DOWNLOAD_NOTICE_DELAY_MS = 3_000;

/** The installed Electron executable, or undefined. Never triggers a download (unlike require('electron')). */
function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const binary = join(electronPackage, 'dist', relativePath);
  return relativePath && existsSync(binary) ? binary : undefined;
}

/** One attempt to fetch the runtime. Its own output (a stack trace when offline) is kept quiet. */
async function downloadElectron() {
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return;
  const notice = setTimeout(() => console.log('Fetching the Electron runtime (first start only)…'), DOWNLOAD_NOTICE_DELAY_MS);
  try {
    await new Promise((resolve) => {
      const child = spawn(process.execPath, [installer], { cwd: electronPackage, stdio: 'ignore', timeout: DOWNLOAD_TIMEOUT_MS });
      child.on('error', resolve);
      child.on('exit', resolve);
    });
  } finally {
    clearTimeout(notice);
  }
}

/** Runs a child with our terminal; Ctrl+C and kill reach it, and its exit code becomes ours. */
function runForwardingSignals(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  child.on('error', (error) => {
    console.error(`Sampark could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode() {
  const cli = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(cli)) {
    console.error('Browser mode needs dist/cli/main.js; the build did not produce it.');
    process.exit(1);
  }
  runForwardingSignals(process.execPath, [cli, 'serve', '--open']);
}

function startElectron(binary) {
  const env = { ...process.env };
  // Inherited from some parent tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to run its sandbox as root (containers, CI); the app's own renderer settings are unchanged.
  const args = process.getuid?.() === 0 ? [root, '--no-sandbox'] : [root];
  runForwardingSignals(binary, args, env);
}

async function main() {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status || 1);
  }
  if (process.env.SAMPARK_BROWSER === '1') {
    console.log('SAMPARK_BROWSER=1: starting Sampark in browser mode.');
    return startBrowserMode();
  }
  let binary = electronBinary();
  if (!binary) {
    await downloadElectron();
    binary = electronBinary();
  }
  if (!binary) {
    console.log('Electron runtime not available (offline?): starting Sampark in browser mode instead.');
    return startBrowserMode();
  }
  startElectron(binary);
}

main().catch((error) => {
  console.error(`Sampark could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
