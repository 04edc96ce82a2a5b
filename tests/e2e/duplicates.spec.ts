import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactForm } from './pages/ContactForm';
import { ContactsPage } from './pages/ContactsPage';
import { DuplicatesPage } from './pages/DuplicatesPage';
import { SettingsPage } from './pages/SettingsPage';
import { callServed } from './support/serve';
import { t, text } from './support/strings';
import { forEachTarget, type RunningApp } from './support/targets';

const SHARED_EMAIL = 'priya@sharmatextiles.example';

/** Arranges data through the served core, as a script on the same machine could (with this tab's token). */
function core(app: RunningApp) {
  return async <T>(method: string, input: unknown) => {
    const url = new URL(app.page.url());
    url.searchParams.set('token', await app.page.evaluate(() => sessionStorage.getItem('sampark.token') ?? ''));
    return callServed<T>({ url: url.href, dataDir: app.dataDir, stop: () => Promise.resolve() }, method, input);
  };
}

async function twoPriyas(app: RunningApp) {
  const call = core(app);
  await call('contacts.create', {
    givenName: 'Priya',
    familyName: 'Sharma',
    jobTitle: 'Designer',
    emails: [{ value: SHARED_EMAIL }],
    phones: [{ value: '+91 98765 43210' }],
  });
  await call('contacts.create', {
    givenName: 'P.',
    familyName: 'Sharma',
    jobTitle: 'Head of Design',
    emails: [{ value: SHARED_EMAIL }],
    phones: [{ value: '+91 91234 56789' }],
  });
  // The page loaded before the data existed; start from a fresh view of it (home is Today).
  await app.page.reload();
  await new AppShell(app.page).goTo('contacts');
}

forEachTarget('duplicates', (app) => {
  it('merges a pair with a chosen job title, keeping both phones, and undoes it', async () => {
    const { page } = app();
    await twoPriyas(app());
    const contacts = new ContactsPage(page);
    const duplicates = new DuplicatesPage(page);
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));

    await duplicates.open();
    const pair = duplicates.pair('Priya Sharma', 'P. Sharma');
    await duplicates.reason(pair, 'email').waitFor();
    await expect(duplicates.pairs.count()).resolves.toBe(1);

    const merge = await duplicates.startMerge(pair);
    await merge.keep('Priya Sharma');
    await merge.choose('contactForm.jobTitle', 'Head of Design');
    await merge.merge();

    await new AppShell(page).notice(t('duplicates.merged')).waitFor();
    await contacts.detailName.filter({ hasText: 'Priya Sharma' }).waitFor();
    await contacts.detailSection('contacts.detail.jobTitle').getByText('Head of Design', { exact: true }).waitFor();
    await contacts.detail.getByRole('link', { name: '+91 98765 43210' }).waitFor();
    await contacts.detail.getByRole('link', { name: '+91 91234 56789' }).waitFor();
    await contacts.waitForSummary(t('contacts.count_one', { formatted: '1' }));
    await contacts.row('P. Sharma').waitFor({ state: 'detached' });

    await new AppShell(page).undo();
    await new AppShell(page).notice(t('duplicates.mergeUndone')).waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));
    await contacts.row('P. Sharma').waitFor();
    await contacts.row('Priya Sharma').waitFor();
    await contacts.detailSection('contacts.detail.jobTitle').getByText('Designer', { exact: true }).waitFor();
  });

  it('drops a pair marked "Not the same person"', async () => {
    const { page } = app();
    await twoPriyas(app());
    const duplicates = new DuplicatesPage(page);
    await duplicates.open();
    const pair = duplicates.pair('Priya Sharma', 'P. Sharma');
    await duplicates.dismiss(pair);
    await duplicates.emptyState.waitFor();
    await expect(duplicates.pairs.count()).resolves.toBe(0);
    await page.reload();
    await duplicates.emptyState.waitFor();
  });

  it('warns while typing an existing contact\u2019s email and opens that contact', async () => {
    const { page } = app();
    await core(app())('contacts.create', { givenName: 'Ravi', familyName: 'Kumar', emails: [{ value: 'ravi@example.in' }] });
    await page.reload();
    await new AppShell(page).goTo('contacts');
    const contacts = new ContactsPage(page);
    await contacts.row('Ravi Kumar').waitFor();
    await page.getByRole('main').getByRole('button', { name: t('contacts.new'), exact: true }).click();
    const form = new ContactForm(page, 'new');
    await form.fill({ givenName: 'R.' });
    const warning = form.dialog.getByRole('alert').filter({ hasText: t('duplicates.warning.text', { name: 'Ravi Kumar', reasons: t('duplicates.warning.reason.email') }) });
    await expect(warning.count()).resolves.toBe(0);
    await form.fill({ emails: ['ravi@example.in'] });
    await warning.waitFor();

    await warning.getByRole('button', { name: t('duplicates.warning.open') }).click();
    await page.getByRole('button', { name: t('duplicates.warning.confirmOpen') }).click();
    await form.dialog.waitFor({ state: 'detached' });
    await contacts.detailName.filter({ hasText: 'Ravi Kumar' }).waitFor();
  });

  it('captures the review queue and the merge dialog in English and Tamil', async () => {
    const { page, target } = app();
    const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
    mkdirSync(outDir, { recursive: true });
    const shot = async (name: string) => {
      await page.mouse.move(110, 780);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(outDir, `${target}-${name}.png`) });
    };
    const call = core(app());
    const company = await call<{ id: string }>('companies.create', { name: 'Sharma Textiles' });
    await call('contacts.create', { givenName: 'अनिल', familyName: 'वर्मा', companyId: company.id, birthday: '1984-03-12', phones: [{ value: '+91 99887 76655' }] });
    await call('contacts.create', { givenName: 'अनिल', familyName: 'वर्मा', companyId: company.id, jobTitle: 'Owner', phones: [{ value: '099887 76655' }] });
    await twoPriyas(app());

    const duplicates = new DuplicatesPage(page);
    await duplicates.open();
    await duplicates.pair('Priya Sharma', 'P. Sharma').waitFor();
    await shot('duplicates-queue');
    await duplicates.startMerge(duplicates.pair('Priya Sharma', 'P. Sharma'));
    await shot('duplicates-merge');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('navigation').getByRole('link', { name: t('nav.contacts'), exact: true }).click();
    await page.getByRole('main').getByRole('button', { name: t('contacts.new'), exact: true }).click();
    const form = new ContactForm(page, 'new');
    await form.fill({ givenName: 'Priya', emails: [SHARED_EMAIL] });
    await form.dialog.getByRole('button', { name: t('duplicates.warning.open') }).waitFor();
    await shot('contact-form-duplicate-warning');
    await page.keyboard.press('Escape');
    await form.dialog.waitFor({ state: 'detached' });

    await new SettingsPage(page).open();
    await new SettingsPage(page).chooseLanguage('ta');
    await page.evaluate(() => (location.hash = '#/contacts/duplicates'));
    await tamilQueue(page).first().waitFor();
    await shot('tamil-duplicates-queue');
    await tamilQueue(page).first().getByRole('button', { name: text('ta', 'duplicates.merge') }).click();
    await page.getByRole('dialog', { name: text('ta', 'duplicates.mergeDialog.title') }).getByRole('radiogroup').first().waitFor();
    await shot('tamil-duplicates-merge');
  });
});

const tamilQueue = (page: Page) => page.getByRole('list', { name: text('ta', 'duplicates.listLabel') }).getByRole('listitem');
