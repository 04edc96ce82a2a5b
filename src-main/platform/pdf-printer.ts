// The port through which the core turns a self-contained HTML document into PDF bytes. Electron
// implements it with webContents.printToPDF (src-main/electron/print-to-pdf.ts); the CLI, browser
// mode and tests with playwright-core driving the system Chromium (chromium-pdf.ts).
export interface PdfPrinter {
  /** Prints at the CSS page size with zero margins and backgrounds; loads nothing but data: URLs. */
  toPdf(html: string): Promise<Uint8Array>;
}
