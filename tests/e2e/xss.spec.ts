import { expect, it } from 'vitest';
import { CompaniesPage } from './pages/CompaniesPage';
import { ContactsPage } from './pages/ContactsPage';
import { forEachTarget } from './support/targets';

const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const NOTES = '<script>window.__pwned=2</script><b>bold?</b>';

forEachTarget('user text is never HTML', (app) => {
  it('shows markup typed into names, notes and companies as literal text', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    const companies = new CompaniesPage(page);
    await contacts.create({ givenName: PAYLOAD, notes: NOTES, company: { create: '<svg onload=window.__pwned=3>' } });

    await contacts.row(PAYLOAD).waitFor();
    await expect(contacts.detailName.textContent()).resolves.toBe(PAYLOAD);
    await expect(contacts.detailSection('contacts.detail.notes').getByText(NOTES, { exact: true }).count()).resolves.toBe(1);
    await companies.open('<svg onload=window.__pwned=3>');
    await companies.person(PAYLOAD).waitFor();

    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(page.locator('main svg[onload], main b, main script').count()).resolves.toBe(0);
  });
});
