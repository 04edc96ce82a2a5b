// The app's PDF port: a hidden, script-less window in its own in-memory session prints the page
// with webContents.printToPDF. Zero margins and the CSS page size, or Electron's defaults (1 cm
// margins, scale to fit) would silently move every label. The page may load nothing but itself
// and its data: fonts.
import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from '../platform/pdf-printer';

const PARTITION = 'sampark-print';

export function electronPdfPrinter(): PdfPrinter {
  return {
    async toPdf(html) {
      // A file, not a data: URL: label runs of thousands of labels exceed Chromium's URL limit.
      const dir = mkdtempSync(join(tmpdir(), 'sampark-print-'));
      const file = join(dir, 'print.html');
      writeFileSync(file, html, 'utf8');
      const allowed = pathToFileURL(file).href;
      const printSession = session.fromPartition(PARTITION);
      printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url === allowed || details.url.startsWith('data:')) }));
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
      });
      try {
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
