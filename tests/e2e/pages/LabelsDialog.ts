import { copyFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The Print mailing labels dialog: options, the preview frame, Save PDF. */
export class LabelsDialog {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    kind: 'all' | 'one' = 'all',
  ) {
    this.dialog = page.getByRole('dialog', { name: t(kind === 'one' ? 'labels.titleOne' : 'labels.title') });
  }

  /** Opens it from the contacts page's "More actions" menu. */
  static async fromContactsMenu(page: Page): Promise<LabelsDialog> {
    await page.getByRole('main').getByRole('button', { name: t('contacts.menu.label') }).click();
    await page.getByRole('menuitem', { name: t('labels.menuItem') }).click();
    const dialog = new LabelsDialog(page);
    await dialog.dialog.waitFor();
    return dialog;
  }

  summary(labels: number, sheets: number): Locator {
    return this.dialog.getByRole('status').filter({ hasText: t('labels.summary', { formatted: labels, pages: sheets }) });
  }

  message(key: string): Locator {
    return this.dialog.getByText(t(key));
  }

  get saveButton(): Locator {
    return this.dialog.getByRole('button', { name: t('labels.savePdf') });
  }

  async chooseSheet(name: RegExp): Promise<void> {
    await this.dialog.getByRole('combobox', { name: t('labels.sheet') }).click();
    await this.page.getByRole('option', { name }).click();
  }

  async setSwitch(key: 'labels.household' | 'labels.caps', on: boolean): Promise<void> {
    await this.dialog.getByRole('switch', { name: t(key) }).setChecked(on);
  }

  /** The preview's document (a sandboxed frame; re-found after each update). */
  get preview(): FrameLocator {
    return this.dialog.locator(`iframe[title="${t('labels.previewTitle')}"]`).contentFrame();
  }

  /** Saves the PDF to `file` and returns its suggested name. */
  async savePdf(file: string, button: Locator = this.saveButton): Promise<string> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const done = await download;
    copyFileSync(await done.path(), file);
    return done.suggestedFilename();
  }

  /** Saves a new custom sheet, starting from the chosen one's measurements. */
  async createCustomSheet(name: string, columns: number): Promise<void> {
    await this.dialog.getByRole('button', { name: t('labels.custom.new') }).click();
    const form = this.page.getByRole('dialog', { name: t('labels.custom.title') });
    await form.getByRole('textbox', { name: t('labels.custom.name') }).fill(name);
    await form.getByRole('spinbutton', { name: t('labels.custom.columns') }).fill(String(columns));
    await form.getByRole('button', { name: t('common.save') }).click();
    await form.waitFor({ state: 'detached' });
  }

  get sheetPicker(): Locator {
    return this.dialog.getByRole('combobox', { name: t('labels.sheet') });
  }

  async deleteCustomSheet(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('labels.custom.delete') }).click();
  }

  get calibrationButton(): Locator {
    return this.dialog.getByRole('button', { name: t('labels.alignment.calibrationPage') });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.close') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
