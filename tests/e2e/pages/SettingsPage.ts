import type { Locator, Page } from 'playwright-core';
import { t, text, type UiLanguage } from '../support/strings';
import { AppShell } from './AppShell';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', hi: 'हिन्दी', ta: 'தமிழ்' };

export class SettingsPage {
  private readonly shell: AppShell;

  constructor(private readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.goTo('settings');
    await this.page.getByRole('heading', { name: t('settings.title'), level: 2 }).waitFor();
  }

  /** Picks a language; `current` is the language the UI shows now (the select's label follows it). */
  async chooseLanguage(language: UiLanguage, current: UiLanguage = 'en'): Promise<void> {
    await this.page.getByRole('combobox', { name: text(current, 'settings.language.label') }).click();
    await this.page.getByRole('option', { name: LANGUAGE_NAMES[language], exact: true }).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  /** The country numbers typed without a country code belong to, by its English name. */
  get phoneCountry(): Locator {
    return this.page.getByRole('combobox', { name: t('settings.phoneCountry.label') });
  }

  async choosePhoneCountry(name: string): Promise<void> {
    await this.phoneCountry.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  get backupsTable(): Locator {
    return this.page.getByRole('table', { name: t('settings.backups.listLabel') });
  }

  /** Data rows of the backups table (header excluded). */
  get backupRows(): Locator {
    return this.backupsTable.locator('tbody').getByRole('row');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: t('settings.backups.create') }).click();
  }

  /** Opens the confirmation for restoring the backup in `row`. */
  async startRestore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: t('settings.backups.restoreOne', { date: '' }).trim() }).click();
    await this.restoreDialog.waitFor();
  }

  async confirmRestore(): Promise<void> {
    await this.restoreDialog.getByRole('button', { name: t('settings.restore.confirm'), exact: true }).click();
    await this.restoreDialog.waitFor({ state: 'detached' });
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: t('settings.restore.title') });
  }

  get dataFolder(): Locator {
    return this.page.getByRole('region', { name: t('settings.data.title') });
  }
}
