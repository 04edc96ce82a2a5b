// Launches the built desktop app under Playwright when an Electron binary is installed; otherwise
// says why the Electron specs skip. Never imports 'electron' (that would start a download).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, type Page } from 'playwright-core';

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

export interface LaunchedElectronApp {
  page: Page;
  close(): Promise<void>;
}

function installedElectronBinary(): string | undefined {
  const electronPackage = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export async function launchElectronApp(dataDir: string): Promise<LaunchedElectronApp | { skipReason: string }> {
  const executablePath = installedElectronBinary();
  if (!executablePath) return { skipReason: 'Electron binary not installed (node_modules/electron/dist missing)' };
  if (!existsSync(join(projectRoot, 'dist', 'electron', 'main.js'))) {
    throw new Error('dist/electron/main.js is missing: run `npm run build` before the Electron specs.');
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  env.SAMPARK_DATA_DIR = dataDir;
  const app = await _electron.launch({ executablePath, args: ['.', '--no-sandbox'], cwd: projectRoot, env });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { page, close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}
