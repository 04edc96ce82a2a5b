import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ContactForm } from './pages/ContactForm';
import { ContactFormSections } from './pages/ContactFormSections';
import { ContactsPage } from './pages/ContactsPage';
import { SettingsPage } from './pages/SettingsPage';
import { t, text } from './support/strings';
import { forEachTarget } from './support/targets';

const NAME = 'Meena Sundaram';
const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');

forEachTarget('contact fields', (app) => {
  it('edits birthday without a year, address, tags and the rest, and keeps them through a later edit', async () => {
    const { page, target } = app();
    const contacts = new ContactsPage(page);
    await contacts.create({ givenName: 'Meena', familyName: 'Sundaram', jobTitle: 'Partner', emails: ['meena@sundaram.example'], phones: ['044 2345 6789'], notes: 'Prefers calls after 11' });
    await contacts.detailName.filter({ hasText: NAME }).waitFor();

    const form = await contacts.edit();
    await form.sections.fill({
      prefix: 'Dr.',
      nickname: 'Meenu',
      department: 'Accounts',
      addresses: [{ label: 'work', street: '12 Temple Street\nSecond floor', locality: 'Madurai', region: 'Tamil Nadu', postalCode: '625001', country: 'India' }],
      websites: ['https://sundaram.example', 'http://plain.example'],
      birthday: { day: 15, month: 'August' },
      tags: ['VIP', 'Pongal greetings'],
      lifecycleStage: 'customer',
      source: 'Trade fair',
      preferredLanguage: 'ta',
      letterSalutation: 'Dear Dr. Meena',
      isDoNotMail: true,
    });
    await form.saveAndClose();

    const section = (key: string) => contacts.detailSection(key);
    await section('contactForm.sections.birthday').getByText('15 August', { exact: true }).waitFor();
    await expect(section('contacts.detail.addresses').textContent()).resolves.toContain('12 Temple StreetSecond floorMadurai, Tamil Nadu 625001India');
    await expect(section('contactForm.sections.tags').getByRole('listitem').allTextContents()).resolves.toEqual(['Pongal greetings', 'VIP']);
    await contacts.detail.getByText(t('contacts.flags.doNotMail'), { exact: true }).waitFor();
    await expect(contacts.detail.getByText(t('contacts.flags.doNotContact'), { exact: true }).count()).resolves.toBe(0);
    // Only https becomes a link; anything else stays text.
    await expect(section('contacts.detail.websites').getByRole('link').allTextContents()).resolves.toEqual(['https://sundaram.example']);
    await section('contacts.detail.websites').getByText('http://plain.example').waitFor();
    await expect(section('contactForm.sections.relationship').textContent()).resolves.toContain(t('lifecycle.customer'));
    await expect(section('contactForm.sections.communication').textContent()).resolves.toContain('Tamil');
    await expect(section('contacts.detail.names').textContent()).resolves.toContain('Dr. Meena Sundaram');
    await section('contacts.detail.department').getByText('Accounts').waitFor();

    // Tall enough for the whole detail panel, which scrolls on its own.
    mkdirSync(outDir, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await page.mouse.move(110, 1400);
    await page.screenshot({ path: join(outDir, `${target}-contact-detail-all-fields.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A second edit of one field changes nothing else.
    const again = await contacts.edit();
    await again.sections.open('birthday');
    await expect(again.sections.combobox('contactForm.birthday.day').textContent()).resolves.toBe('15');
    await expect(again.sections.field('contactForm.birthday.year').inputValue()).resolves.toBe('');
    await again.field('contactForm.jobTitle').fill('Senior partner');
    await again.saveAndClose();
    await section('contacts.detail.jobTitle').getByText('Senior partner', { exact: true }).waitFor();
    await section('contactForm.sections.birthday').getByText('15 August', { exact: true }).waitFor();
    await expect(section('contactForm.sections.tags').getByRole('listitem').allTextContents()).resolves.toEqual(['Pongal greetings', 'VIP']);
    await expect(section('contacts.detail.addresses').textContent()).resolves.toContain('Madurai, Tamil Nadu 625001');
    await expect(section('contacts.detail.websites').textContent()).resolves.toContain('http://plain.example');
    await contacts.detail.getByText(t('contacts.flags.doNotMail'), { exact: true }).waitFor();
    await section('contacts.detail.emails').getByText('meena@sundaram.example').waitFor();
    await section('contacts.detail.phones').getByText('044 2345 6789').waitFor();
    await section('contacts.detail.notes').getByText('Prefers calls after 11').waitFor();
    await expect(section('contactForm.sections.communication').textContent()).resolves.toContain('Dear Dr. Meena');
  });

  it('shows a birthday that does not exist next to the birthday fields, and keeps the section open', async () => {
    const { page } = app();
    await page.getByRole('button', { name: t('contacts.empty.add') }).click();
    const form = new ContactForm(page, 'new');
    await form.fill({ givenName: 'Ravi' });
    await form.sections.open('birthday');
    await form.sections.choose(form.sections.combobox('contactForm.birthday.day'), '31');
    await form.sections.choose(form.sections.combobox('contactForm.birthday.month'), 'February');
    await form.save();
    await form.dialog.getByText(t('contactForm.birthday.invalid')).waitFor();
    await form.sections.header('birthday').click();
    await expect(form.sections.header('birthday').getAttribute('aria-expanded')).resolves.toBe('true');
    await form.sections.choose(form.sections.combobox('contactForm.birthday.day'), '29');
    await form.saveAndClose();
    await new ContactsPage(page).detailSection('contactForm.sections.birthday').getByText('29 February', { exact: true }).waitFor();
  });

  it('captures the contact form with its sections open, in English and Tamil', async () => {
    const { page, target } = app();
    const contacts = new ContactsPage(page);
    await contacts.create({ givenName: 'Kavya', familyName: 'Iyer', jobTitle: 'Buyer', emails: ['kavya@iyer.example'] });
    const form = await contacts.edit();
    await form.sections.fill({
      prefix: 'Smt.',
      department: 'Purchasing',
      addresses: [{ label: 'home', street: '4 Lake View Road', locality: 'Coimbatore', region: 'Tamil Nadu', postalCode: '641001', country: 'India' }],
      birthday: { day: 2, month: 'March', year: '1988' },
      tags: ['Wholesale'],
      lifecycleStage: 'prospect',
      preferredLanguage: 'ta',
    });
    await form.saveAndClose();

    mkdirSync(outDir, { recursive: true });
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await page.setViewportSize({ width: 1280, height: 2800 });
    const english = await contacts.edit();
    for (const section of ['names', 'work', 'addresses', 'birthday', 'tags', 'relationship', 'communication'] as const) await english.sections.open(section);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `${target}-contact-form-sections.png`) });
    await page.keyboard.press('Escape');
    await english.dialog.waitFor({ state: 'detached' });

    await page.setViewportSize({ width: 1280, height: 800 });
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.chooseLanguage('ta');
    await page.goBack();
    await page.getByRole('region', { name: text('ta', 'contacts.detail.label') }).getByRole('button', { name: text('ta', 'common.edit') }).click();
    const tamilDialog = page.getByRole('dialog', { name: text('ta', 'contactForm.editTitle') });
    const tamil = new ContactFormSections(page, tamilDialog, (key, values) => text('ta', key, values));
    await page.setViewportSize({ width: 1280, height: 2800 });
    for (const section of ['names', 'addresses', 'birthday', 'relationship', 'communication'] as const) await tamil.open(section);
    await expect(tamil.combobox('contactForm.birthday.month').textContent()).resolves.toBe('மார்ச்');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `${target}-tamil-contact-form-sections.png`) });
  });
});
