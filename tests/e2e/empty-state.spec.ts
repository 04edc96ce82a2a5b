import { expect, it } from 'vitest';
import { ContactForm } from './pages/ContactForm';
import { ContactsPage } from './pages/ContactsPage';
import { ImportDialog } from './pages/ImportDialog';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('first run', (app) => {
  it('greets an empty data folder with ways to start', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    await contacts.emptyStateButton('add').waitFor();
    await contacts.emptyStateButton('import').click();
    const importDialog = new ImportDialog(page);
    await importDialog.dialog.waitFor();
    await page.keyboard.press('Escape');
    await importDialog.dialog.waitFor({ state: 'hidden' });
    await expect(contacts.emptyStateButton('demo').isEnabled()).resolves.toBe(true);

    await contacts.emptyStateButton('add').click();
    await new ContactForm(page, 'new').dialog.waitFor();
  });

  it('loads demo data and pages through the whole list as it scrolls', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    await contacts.emptyStateButton('demo').click();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '200' }));
    await expect(contacts.emptyStateButton('add').count()).resolves.toBe(0);
    await expect(contacts.rows.first().getAttribute('aria-setsize')).resolves.toBe('200');

    // Only rows near the viewport exist; the second page (rows 101–200) arrives while scrolling.
    const rendered = await contacts.rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await contacts.list.hover();
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 2000);
      if ((await contacts.rows.last().getAttribute('aria-posinset')) === '200') break;
      await page.waitForTimeout(50);
    }
    await expect(contacts.rows.last().getAttribute('aria-posinset')).resolves.toBe('200');
  });
});
