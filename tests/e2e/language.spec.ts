import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { SettingsPage } from './pages/SettingsPage';
import { t, text } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('language', (app) => {
  it('switches the whole UI to Tamil, keeps it after a reload, and back to English', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const settings = new SettingsPage(page);
    await settings.open();
    await expect(shell.htmlLang()).resolves.toBe('en');

    await settings.chooseLanguage('ta');
    await shell.navItem(text('ta', 'nav.contacts')).waitFor();
    await expect(shell.navItem(t('nav.contacts')).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: text('ta', 'settings.title'), level: 2 }).waitFor();
    await page.getByRole('button', { name: text('ta', 'settings.backups.create') }).waitFor();
    await page.getByRole('searchbox', { name: text('ta', 'search.label') }).waitFor();
    await expect(shell.htmlLang()).resolves.toBe('ta');

    // The choice is stored by the core, not just held in the page.
    await page.reload();
    await shell.navItem(text('ta', 'nav.companies')).waitFor();
    await expect(shell.htmlLang()).resolves.toBe('ta');

    await shell.navItem(text('ta', 'nav.contacts')).click();
    await page.getByRole('button', { name: text('ta', 'contacts.empty.add') }).waitFor();

    await shell.navItem(text('ta', 'nav.settings')).click();
    await settings.chooseLanguage('en', 'ta');
    await shell.navItem(t('nav.contacts')).waitFor();
    await expect(shell.navItem(text('ta', 'nav.contacts')).count()).resolves.toBe(0);
    await expect(shell.htmlLang()).resolves.toBe('en');
  });

  it('loads demo data from the Hindi UI and counts in Hindi', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.chooseLanguage('hi');
    await shell.navItem(text('hi', 'nav.contacts')).click();
    await page.getByRole('button', { name: text('hi', 'contacts.empty.demo') }).click();
    await page.getByRole('main').getByRole('status').filter({ hasText: text('hi', 'contacts.count_other', { formatted: '200' }) }).waitFor();
    await expect(shell.htmlLang()).resolves.toBe('hi');
  });
});
