import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export type ImportCount = 'total' | 'create' | 'update' | 'skip' | 'errors';
export type ImportModeKey = 'create' | 'createAndUpdate' | 'updateOnly';

/** The Import contacts dialog: choose or drop a file, read the preview, import. */
export class ImportDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: t('imports.title') });
  }

  /** Chooses a file through the system file chooser, as a user clicking "Choose file…" would. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: t('imports.choose') }).click();
    await (await chooser).setFiles(path);
  }

  /** Drops a file on the window, as dragging it from the desktop would. */
  async dropFile(path: string, mediaType = 'text/vcard'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ base64, name, type }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type }));
        return transfer;
      },
      { base64: readFileSync(path).toString('base64'), name: basename(path), type: mediaType },
    );
    const target = this.page.locator('main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await this.page.getByText(t('imports.dropTitle')).waitFor();
    await target.dispatchEvent('drop', { dataTransfer });
  }

  get preview(): Locator {
    return this.dialog.getByRole('region', { name: t('imports.previewLabel') });
  }

  /** A number from the preview summary, e.g. count('create') → 2. */
  async count(kind: ImportCount): Promise<number> {
    const item = this.dialog.getByRole('list', { name: t('imports.counts.label') }).getByRole('listitem').filter({ hasText: t(`imports.counts.${kind}`) });
    const text = (await item.textContent()) ?? '';
    return Number(text.replace(t(`imports.counts.${kind}`), '').replace(/[^\d]/g, ''));
  }

  async counts(): Promise<Record<ImportCount, number>> {
    await this.preview.waitFor();
    const kinds: ImportCount[] = ['total', 'create', 'update', 'skip', 'errors'];
    const values = await Promise.all(kinds.map((kind) => this.count(kind)));
    return Object.fromEntries(kinds.map((kind, i) => [kind, values[i]])) as Record<ImportCount, number>;
  }

  /** Sample rows of the preview as [name, action] pairs. */
  async samples(): Promise<[string, string][]> {
    const rows = this.dialog.getByRole('table', { name: t('imports.samples.label') }).locator('tbody').getByRole('row');
    const out: [string, string][] = [];
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell');
      out.push([(await cells.nth(1).textContent()) ?? '', (await cells.nth(2).textContent()) ?? '']);
    }
    return out;
  }

  get detectedLine(): Locator {
    return this.preview.getByText(/·/).first();
  }

  errorLines(): Locator {
    return this.dialog.getByRole('list', { name: t('imports.errorsLabel') }).getByRole('listitem');
  }

  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }

  async chooseMode(mode: ImportModeKey): Promise<void> {
    await this.dialog.getByRole('combobox', { name: t('imports.mode.label') }).click();
    await this.page.getByRole('option', { name: t(`imports.mode.${mode}`), exact: true }).click();
  }

  /** `formatted` as the UI writes the count (e.g. '30,000'). */
  importButton(count: number, formatted: string = String(count)): Locator {
    return this.dialog.getByRole('button', { name: t(count === 1 ? 'imports.run_one' : 'imports.run_other', { formatted }) });
  }

  async run(count: number): Promise<void> {
    await this.importButton(count).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  recentUndoButton(fileName: string): Locator {
    return this.dialog.getByRole('button', { name: t('imports.recent.undo', { name: fileName }) });
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.cancel') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  get mapping(): Locator {
    return this.dialog.getByRole('region', { name: t('imports.mapping.label') });
  }

  /** The field a CSV column is mapped to, as its select shows it. */
  mappingFor(column: string): Locator {
    return this.mapping.getByRole('combobox', { name: t('imports.mapping.fieldFor', { column }) });
  }

  /** Maps a CSV column to a field by the field's label key under imports.fields (e.g. 'displayName'). */
  async mapColumn(column: string, fieldKey: string): Promise<void> {
    await this.mappingFor(column).click();
    await this.page.getByRole('option', { name: t(`imports.fields.${fieldKey}`), exact: true }).click();
  }

  /** "3 of 10 records" while an import runs. */
  get progress(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /\d/ });
  }

  async cancelImport(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('imports.cancelImport') }).click();
  }
}
