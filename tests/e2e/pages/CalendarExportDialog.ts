import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The Export to a calendar dialog; the .ics file arrives as a browser download. */
export class CalendarExportDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: t('calendar.title') });
  }

  async download(): Promise<{ fileName: string; content: string }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: t('calendar.run'), exact: true }).click();
    const done = await download;
    const path = await done.path();
    return { fileName: done.suggestedFilename(), content: readFileSync(path, 'utf8') };
  }
}
