// PDF printing through playwright-core and the system Chromium (the CLI, browser mode, tests).
// Chromium is found like the e2e support does: SAMPARK_CHROMIUM, else the usual install paths.
import { existsSync } from 'node:fs';
import { AppError } from '../rpc/app-error';
import type { PdfPrinter } from './pdf-printer';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.SAMPARK_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function chromiumPdfPrinter(): PdfPrinter {
  return {
    async toPdf(html) {
      const executablePath = findChromium();
      if (!executablePath) {
        throw new AppError(
          'unavailable',
          'Printing to PDF needs Chromium, which was not found. Install it (Debian/Ubuntu: apt install chromium) or set SAMPARK_CHROMIUM to its path.',
        );
      }
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
      });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        // Nothing but the document itself and its data: fonts may load.
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
        return new Uint8Array(pdf);
      } finally {
        await browser.close();
      }
    },
  };
}
