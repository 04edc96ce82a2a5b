import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

const FORMAT_NAMES = { vcard3: 'vCard 3.0', vcard4: 'vCard 4.0', csv: t('exports.formats.csv'), json: 'JSON' };
export type ExportFormat = keyof typeof FORMAT_NAMES;

/** The Export contacts dialog; an export arrives as a browser download. */
export class ExportDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: t('exports.title') });
  }

  async choose(format: ExportFormat): Promise<void> {
    await this.dialog.getByRole('radio', { name: new RegExp(`^${FORMAT_NAMES[format].replace(/[.()]/g, '\\$&')}`) }).check();
  }

  /** Exports in `format` and returns the downloaded file's name and text. */
  async download(format: ExportFormat): Promise<{ fileName: string; content: string }> {
    await this.choose(format);
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: t('exports.run'), exact: true }).click();
    const done = await download;
    const path = await done.path();
    return { fileName: done.suggestedFilename(), content: readFileSync(path, 'utf8') };
  }
}
