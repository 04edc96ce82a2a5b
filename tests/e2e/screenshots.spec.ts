// Pictures of the main screens for people to look at (test-results/, git-ignored); with
// SAMPARK_DOCS_SCREENSHOT=1 the Chromium run also refreshes docs/screenshot.png for the README.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { SettingsPage } from './pages/SettingsPage';
import { t, text } from './support/strings';
import { forEachTarget } from './support/targets';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const outDir = join(projectRoot, 'test-results', 'screenshots');

forEachTarget('screenshots', (app) => {
  it('captures the contact list, a contact, settings and the Tamil UI', async () => {
    const { page, target } = app();
    mkdirSync(outDir, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: join(outDir, `${target}-${name}.png`) });
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const settings = new SettingsPage(page);

    await contacts.emptyStateButton('demo').click();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '200' }));
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await shot('contacts-list');

    // Scrolled to where Latin names give way to Devanagari ones, with a Hindi-named contact open.
    const devanagariRows = contacts.list.getByRole('link', { name: /^[\u0900-\u097F]/ });
    await scrollUntilShown(page, contacts.list, devanagariRows);
    await shot('contacts-list-scripts');

    const withCompany = contacts.list.getByRole('link', { name: /^[\u0900-\u097F][^·]+·/ });
    await withCompany.first().click();
    await contacts.detailName.filter({ hasText: /[\u0900-\u097F]/ }).waitFor();
    await page.mouse.move(110, 780);
    await page.waitForTimeout(600);
    await shot('contact-detail');
    if (target === 'chromium' && process.env.SAMPARK_DOCS_SCREENSHOT === '1') {
      await page.screenshot({ path: join(projectRoot, 'docs', 'screenshot.png') });
    }

    await settings.open();
    await settings.backupRows.first().waitFor();
    await shot('settings');

    await settings.chooseLanguage('ta');
    await shell.navItem(text('ta', 'nav.contacts')).click();
    const tamilList = page.getByRole('list', { name: text('ta', 'contacts.listLabel') });
    const tamilRows = tamilList.getByRole('link', { name: /^[\u0B80-\u0BFF][^·]+·/ });
    await scrollUntilShown(page, tamilList, tamilRows);
    await tamilRows.first().click();
    await page.getByRole('region', { name: text('ta', 'contacts.detail.label') }).getByRole('heading', { level: 2 }).waitFor();
    await page.mouse.move(110, 780);
    await page.waitForTimeout(600);
    await shot('tamil-contacts');
    await page.getByRole('region', { name: text('ta', 'contacts.detail.label') }).getByRole('button', { name: text('ta', 'common.edit') }).first().click();
    const tamilForm = page.getByRole('dialog', { name: text('ta', 'contactForm.editTitle') });
    await tamilForm.getByRole('button', { name: text('ta', 'contactForm.addEmail') }).click();
    await page.waitForTimeout(400);
    await shot('tamil-contact-form');
    await page.keyboard.press('Escape');
    await tamilForm.waitFor({ state: 'detached' });
    await shell.navItem(text('ta', 'nav.settings')).click();
    await page.getByRole('table', { name: text('ta', 'settings.backups.listLabel') }).waitFor();
    await page.mouse.move(110, 780);
    await page.waitForTimeout(600);
    await shot('tamil-settings');

    await settings.chooseLanguage('hi', 'ta');
    await shell.navItem(text('hi', 'nav.companies')).click();
    await page.getByRole('list', { name: text('hi', 'companies.listLabel') }).getByRole('link').first().click();
    await page.getByRole('region', { name: text('hi', 'companies.detail.label') }).getByRole('heading', { level: 2 }).waitFor();
    await page.mouse.move(110, 780);
    await page.waitForTimeout(600);
    await shot('hindi-companies');
  });
});

/** Scrolls the virtualized list until `target` has rendered (fetching pages on the way), then centres it. */
async function scrollUntilShown(page: Page, list: Locator, target: Locator): Promise<void> {
  await list.hover();
  for (let i = 0; i < 80 && (await target.count()) === 0; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  expect(await target.count()).toBeGreaterThan(0);
  await target.first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
}
