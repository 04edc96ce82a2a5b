import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('keyboard', (app) => {
  it('opens forms and focuses search with shortcuts; Escape closes dialogs', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    await shell.navItem(t('nav.settings')).click();

    await page.keyboard.press('ControlOrMeta+k');
    await expect(shell.searchBox.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('body').click();

    await page.keyboard.press('ControlOrMeta+n');
    const contactDialog = page.getByRole('dialog', { name: t('contactForm.newTitle') });
    await contactDialog.waitFor();
    await page.keyboard.press('Escape');
    await contactDialog.waitFor({ state: 'detached' });

    await page.keyboard.press('ControlOrMeta+Shift+n');
    const companyDialog = page.getByRole('dialog', { name: t('companyForm.newTitle') });
    await companyDialog.waitFor();
    await page.keyboard.press('Escape');
    await companyDialog.waitFor({ state: 'detached' });

    await page.keyboard.press('ControlOrMeta+f');
    await expect(shell.searchBox.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    // Typing a search from another page shows the contact results.
    await shell.search('zz');
    await page.getByRole('heading', { name: t('contacts.title'), level: 2 }).waitFor();
  });
});
