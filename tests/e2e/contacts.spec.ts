import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { CompaniesPage } from './pages/CompaniesPage';
import { ContactForm } from './pages/ContactForm';
import { ContactsPage } from './pages/ContactsPage';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

const PRIYA = 'प्रिया शर्मा';

forEachTarget('contacts', (app) => {
  it('creates a Hindi-named contact at a new company, finds, edits, archives and restores it', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const companies = new CompaniesPage(page);

    await companies.create({ name: 'Sharma Textiles', city: 'Surat', industry: 'Textiles' });
    await companies.detail.getByRole('heading', { name: 'Sharma Textiles' }).waitFor();

    await contacts.create({ givenName: 'Arjun', familyName: 'Mehta', jobTitle: 'Accountant' });
    await contacts.create({
      givenName: 'प्रिया',
      familyName: 'शर्मा',
      company: 'Sharma Textiles',
      jobTitle: 'Designer',
      emails: ['priya@sharmatextiles.example'],
      phones: ['+91 98765 43210'],
    });
    await contacts.detailName.filter({ hasText: PRIYA }).waitFor();
    await contacts.row(PRIYA).waitFor();
    await contacts.row('Arjun Mehta').waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));
    await expect(contacts.detailSection('contacts.detail.company').getByRole('link').textContent()).resolves.toBe('Sharma Textiles');
    await expect(contacts.detail.getByRole('link', { name: 'priya@sharmatextiles.example' }).getAttribute('href')).resolves.toBe(
      'mailto:priya@sharmatextiles.example',
    );
    await expect(contacts.detail.getByRole('link', { name: '+91 98765 43210' }).getAttribute('href')).resolves.toBe('tel:+919876543210');

    // Two letters are enough, in Devanagari as in Latin script.
    await shell.search('प्र');
    await contacts.row('Arjun Mehta').waitFor({ state: 'detached' });
    await contacts.row(PRIYA).waitFor();
    await expect(contacts.rows.count()).resolves.toBe(1);
    await shell.search('Ar');
    await contacts.row('Arjun Mehta').waitFor();
    await contacts.row(PRIYA).waitFor({ state: 'detached' });
    await shell.search('zq');
    await contacts.noMatch('zq').waitFor();
    await shell.search('प्र');
    await contacts.open(PRIYA);
    await shell.clearSearch();

    const form = await contacts.edit();
    await expect(form.field('contactForm.givenName').inputValue()).resolves.toBe('प्रिया');
    await form.field('contactForm.jobTitle').fill('Head of Design');
    await form.saveAndClose();
    await contacts.detailSection('contacts.detail.jobTitle').getByText('Head of Design', { exact: true }).waitFor();

    await contacts.archive();
    await shell.notice(t('contacts.archived')).waitFor();
    await contacts.row(PRIYA).waitFor({ state: 'detached' });
    await contacts.detail.waitFor({ state: 'detached' });
    await contacts.waitForSummary(t('contacts.count_one', { formatted: '1' }));
    await shell.undo();
    await contacts.row(PRIYA).waitFor();
    await contacts.detailName.filter({ hasText: PRIYA }).waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));
  });

  it('shows validation errors next to the fields and keeps everything typed', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    await page.getByRole('button', { name: t('contacts.empty.add') }).click();
    const form = new ContactForm(page, 'new');
    await form.fill({ jobTitle: 'Buyer', emails: ['not-an-email'], notes: 'Met at the Surat fair' });
    await form.save();
    const email = form.field('contactForm.email', { n: 1 });
    await page.waitForFunction(() => document.querySelector('[role="dialog"] [aria-invalid="true"]') !== null);
    await expect(form.errorOf(form.field('contactForm.givenName'))).resolves.toBe(t('validation.contactName'));
    await expect(form.errorOf(email)).resolves.toBe(t('validation.email'));
    await expect(email.inputValue()).resolves.toBe('not-an-email');
    await expect(form.field('contactForm.jobTitle').inputValue()).resolves.toBe('Buyer');
    await expect(form.field('contactForm.notes').inputValue()).resolves.toBe('Met at the Surat fair');

    await form.field('contactForm.givenName').fill('Meena');
    await email.fill('meena@example.in');
    await form.saveAndClose();
    await contacts.detailName.filter({ hasText: 'Meena' }).waitFor();
    await contacts.detailSection('contacts.detail.notes').getByText('Met at the Surat fair').waitFor();
  });

  it('adds a company from the contact form and lists the contact among its people', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    const companies = new CompaniesPage(page);
    await contacts.create({ givenName: 'கார்த்திக்', familyName: 'ராஜா', company: { create: 'Velan Agencies' } });
    await contacts.detailSection('contacts.detail.company').getByRole('link', { name: 'Velan Agencies' }).click();
    await companies.detail.getByRole('heading', { name: 'Velan Agencies' }).waitFor();
    await companies.person('கார்த்திக் ராஜா').click();
    await contacts.detailName.filter({ hasText: 'கார்த்திக் ராஜா' }).waitFor();
  });
});
