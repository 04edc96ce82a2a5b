// Runs the same specs against every way Sampark is shipped: the UI in Chromium over the loopback
// server (always), and the Electron app when its binary is installed. Each test gets a fresh data dir.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { launchChromium } from './chromium';
import { launchElectronApp } from './electron-app';
import { freshDataDir, startServe, type ServedApp } from './serve';

export interface RunningApp {
  page: Page;
  dataDir: string;
  target: 'chromium' | 'electron';
}

const VIEWPORT = { width: 1280, height: 800 };

async function probeElectron(): Promise<string | undefined> {
  const dataDir = freshDataDir();
  try {
    const launched = await launchElectronApp(dataDir);
    if ('skipReason' in launched) return launched.skipReason;
    await launched.close();
    return undefined;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const electronSkipReason = await probeElectron();
if (electronSkipReason) console.log(`Electron e2e skipped: ${electronSkipReason}`);

/** Page errors and console errors (CSP violations, React warnings) fail the test that caused them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  return errors;
}

function assertNoErrors(errors: string[]) {
  if (errors.length) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
}

export function forEachTarget(name: string, define: (app: () => RunningApp) => void): void {
  describe(`${name} (chromium + sampark serve)`, () => {
    let browser: Browser | undefined;
    let served: ServedApp | undefined;
    let context: BrowserContext | undefined;
    let running: RunningApp | undefined;
    let errors: string[] = [];
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      served = await startServe();
      context = await browser!.newContext({ viewport: VIEWPORT, locale: 'en-IN' });
      const page = await context.newPage();
      errors = watchErrors(page);
      await page.goto(served.url);
      running = { page, dataDir: served.dataDir, target: 'chromium' };
    });
    afterEach(async () => {
      const seen = errors;
      await context?.close();
      await served?.stop();
      running = undefined;
      assertNoErrors(seen);
    });
    define(() => running ?? fail());
  });

  describe.skipIf(Boolean(electronSkipReason))(`${name} (electron)`, () => {
    let running: RunningApp | undefined;
    let close: (() => Promise<void>) | undefined;
    let errors: string[] = [];
    beforeEach(async () => {
      const dataDir = freshDataDir();
      const launched = await launchElectronApp(dataDir);
      if ('skipReason' in launched) throw new Error(launched.skipReason);
      errors = watchErrors(launched.page);
      running = { page: launched.page, dataDir, target: 'electron' };
      close = async () => {
        await launched.close();
        rmSync(dataDir, { recursive: true, force: true });
      };
    });
    afterEach(async () => {
      const seen = errors;
      await close?.();
      running = undefined;
      assertNoErrors(seen);
    });
    define(() => running ?? fail());
  });
}

function fail(): never {
  throw new Error('The app is not running: forEachTarget starts it in beforeEach');
}
