import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { SettingsPage } from './SettingsPage';

/** Settings → Custom fields. */
export class CustomFieldsSettings {
  constructor(private readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: t('customFields.title') });
  }

  async open(): Promise<void> {
    await new SettingsPage(this.page).open();
  }

  /** Adds a field; `type` is the catalogue key under customFields.type, choices one per line. */
  async add(name: string, type: string, choices: string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: t('customFields.add') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('customFields.dialog.newTitle') });
    await dialog.getByLabel(t('customFields.dialog.name'), { exact: false }).first().fill(name);
    await dialog.getByRole('combobox', { name: t('customFields.dialog.type') }).click();
    await this.page.getByRole('option', { name: t(`customFields.type.${type}`), exact: true }).click();
    if (choices.length) await dialog.getByLabel(t('customFields.dialog.options')).fill(choices.join('\n'));
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.list.getByText(name, { exact: true }).waitFor();
  }
}
