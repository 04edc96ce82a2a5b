import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { CompaniesPage } from './pages/CompaniesPage';
import { ContactForm } from './pages/ContactForm';
import { ContactsPage } from './pages/ContactsPage';
import { CustomFieldsSettings } from './pages/CustomFieldsSettings';
import { RelationshipsSection } from './pages/RelationshipsSection';
import { SettingsPage } from './pages/SettingsPage';
import { callServed } from './support/serve';
import { t, text } from './support/strings';
import { forEachTarget, type RunningApp } from './support/targets';

const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');

/** Arranges data through the served core, as a script on the same machine could (with this tab's token). */
function core(app: RunningApp) {
  return async <T>(method: string, input: unknown) => {
    const url = new URL(app.page.url());
    url.searchParams.set('token', await app.page.evaluate(() => sessionStorage.getItem('sampark.token') ?? ''));
    return callServed<T>({ url: url.href, dataDir: app.dataDir, stop: () => Promise.resolve() }, method, input);
  };
}

/** A custom field's section on the contact detail: labelled with the field's own name. */
const fieldSection = (contacts: ContactsPage, name: string) => contacts.detail.getByRole('region', { name, exact: true });

async function shot(page: Page, target: string, name: string) {
  mkdirSync(outDir, { recursive: true });
  await page.mouse.move(110, 780);
  await page.screenshot({ path: join(outDir, `${target}-${name}.png`) });
}

forEachTarget('rolodex model', (app) => {
  it('defines a custom field in Settings, fills it on a contact and finds the contact by its value', async () => {
    const { page, target } = app();
    const settings = new CustomFieldsSettings(page);
    await settings.open();
    await page.getByText(t('customFields.empty')).waitFor();
    await settings.add('Native place', 'text');
    await settings.add('Loyalty tier', 'singleChoice', ['Gold', 'Silver']);
    await shot(page, target, 'settings-custom-fields');

    const contacts = new ContactsPage(page);
    await contacts.create({ givenName: 'Meena', familyName: 'Sundaram' });
    await contacts.detailName.filter({ hasText: 'Meena Sundaram' }).waitFor();
    const form = await contacts.edit();
    await form.dialog.getByRole('button', { name: new RegExp(`^${t('customFields.sectionTitle')}`) }).click();
    await form.dialog.getByLabel('Native place', { exact: true }).fill('Kanchipuram');
    await form.dialog.getByRole('combobox', { name: 'Loyalty tier' }).click();
    await page.getByRole('option', { name: 'Gold', exact: true }).click();
    await shot(page, target, 'contact-form-custom-fields');
    await form.saveAndClose();
    await fieldSection(contacts, 'Native place').getByText('Kanchipuram', { exact: true }).waitFor();
    await fieldSection(contacts, 'Loyalty tier').getByText('Gold', { exact: true }).waitFor();

    // A contact without the value, so the search has something to leave out.
    await contacts.create({ givenName: 'Arjun', familyName: 'Mehta' });
    await contacts.detailName.filter({ hasText: 'Arjun Mehta' }).waitFor();
    const shell = new AppShell(page);
    await shell.search('kanchip');
    await contacts.row('Meena Sundaram').waitFor();
    await contacts.row('Arjun Mehta').waitFor({ state: 'detached' });
    await expect(contacts.rows.count()).resolves.toBe(1);
  });

  it('refuses a number that is not one, next to the field, and keeps the contact unsaved', async () => {
    const { page } = app();
    const settings = new CustomFieldsSettings(page);
    await settings.open();
    await settings.add('Shoe size', 'number');
    await new AppShell(page).goTo('contacts');
    await page.getByRole('main').getByRole('button', { name: t('contacts.new'), exact: true }).click();
    const form = new ContactForm(page, 'new');
    await form.fill({ givenName: 'Ravi' });
    await form.dialog.getByRole('button', { name: new RegExp(`^${t('customFields.sectionTitle')}`) }).click();
    await form.dialog.getByLabel('Shoe size', { exact: true }).fill('nine');
    await form.save();
    await form.dialog.getByText(t('customFields.invalid.number')).waitFor();
    await form.dialog.getByLabel('Shoe size', { exact: true }).fill('9');
    await form.saveAndClose();
    await fieldSection(new ContactsPage(page), 'Shoe size').getByText('9', { exact: true }).waitFor();
  });

  it('adds a relationship and shows it on both contacts with the inverse wording; removing offers Undo', async () => {
    const { page, target } = app();
    const call = core(app());
    await call('contacts.create', { givenName: 'Raj', familyName: 'Iyer' });
    await call('contacts.create', { givenName: 'Priya', familyName: 'Iyer' });
    await call('contacts.create', { givenName: 'Vikram', familyName: 'Nair' });
    const contacts = new ContactsPage(page);
    await new AppShell(page).goTo('contacts');
    await contacts.open('Raj Iyer');
    const relationships = new RelationshipsSection(page, contacts.detail);
    await contacts.detail.getByText(t('relationships.empty')).waitFor();
    await relationships.add('spouseOf', 'Priya Iyer');
    await relationships.add('referredBy', 'Vikram Nair');
    await expect(relationships.items.allTextContents()).resolves.toEqual(['Spouse of Priya Iyer', 'Referred by Vikram Nair']);
    await shot(page, target, 'contact-relationships');

    await contacts.open('Priya Iyer');
    await relationships.items.filter({ hasText: 'Spouse of Raj Iyer' }).waitFor();
    await contacts.open('Vikram Nair');
    await relationships.items.filter({ hasText: 'Referred Raj Iyer' }).waitFor();

    await relationships.remove('referred', 'Raj Iyer');
    await contacts.detail.getByText(t('relationships.empty')).waitFor();
    await new AppShell(page).undo();
    await relationships.items.filter({ hasText: 'Referred Raj Iyer' }).waitFor();

    // In Hindi the name comes first: the phrase is translated whole, the name still a link.
    await new SettingsPage(page).open();
    await new SettingsPage(page).chooseLanguage('hi');
    await new AppShell(page).navItem(text('hi', 'nav.contacts')).click();
    await page.getByRole('list', { name: text('hi', 'contacts.listLabel') }).getByRole('link', { name: 'Raj Iyer' }).click();
    const hindi = page.getByRole('list', { name: text('hi', 'relationships.title') }).getByRole('listitem');
    await hindi.filter({ hasText: text('hi', 'relationships.phrase.spouseOf', { name: 'Priya Iyer' }) }).waitFor();
    await shot(page, target, 'contact-relationships-hi');
  });

  it('adds a second phone and an address to a company', async () => {
    const { page, target } = app();
    const companies = new CompaniesPage(page);
    await companies.create({ name: 'Sharma Textiles', phone: '0141 222 3344', tags: ['Wholesale'] });
    await companies.detail.getByRole('heading', { name: 'Sharma Textiles' }).waitFor();
    const form = await companies.edit();
    await form.addPhone('094440 12345');
    await form.addAddress({ street: 'Johari Bazar 12', locality: 'Jaipur', postalCode: '302003' });
    await shot(page, target, 'company-form-complete');
    await form.saveAndClose();
    const phones = companies.detailSection('companies.detail.phones');
    await phones.getByRole('link', { name: '094440 12345' }).waitFor();
    await expect(phones.getByRole('link').allTextContents()).resolves.toEqual(['0141 222 3344', '094440 12345']);
    await expect(phones.getByRole('link', { name: '094440 12345' }).getAttribute('href')).resolves.toBe('tel:+919444012345');
    await expect(companies.detailSection('contacts.detail.addresses').textContent()).resolves.toContain('Johari Bazar 12');
    await companies.detailSection('companies.detail.tags').getByText('Wholesale').waitFor();
    // The list shows the city of the first address.
    await companies.row('Sharma Textiles').filter({ hasText: 'Jaipur' }).waitFor();
    await shot(page, target, 'company-detail-complete');
  });
});
