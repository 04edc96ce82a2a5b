import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { ContactFormSections } from './ContactFormSections';

export interface ContactInput {
  givenName?: string;
  familyName?: string;
  displayName?: string;
  /** An existing company's name; `{ create }` adds it from the form. */
  company?: string | { create: string };
  jobTitle?: string;
  emails?: string[];
  phones?: string[];
  notes?: string;
}

/** The New contact / Edit contact dialog. */
export class ContactForm {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: 'new' | 'edit' = 'new',
  ) {
    this.dialog = page.getByRole('dialog', { name: t(title === 'new' ? 'contactForm.newTitle' : 'contactForm.editTitle') });
  }

  /** The collapsible sections below the main fields. */
  get sections(): ContactFormSections {
    return new ContactFormSections(this.page, this.dialog);
  }

  field(labelKey: string, values?: Record<string, number>): Locator {
    return this.dialog.getByLabel(t(labelKey, values), { exact: true });
  }

  async fill(input: ContactInput): Promise<void> {
    const texts = { givenName: input.givenName, familyName: input.familyName, displayName: input.displayName, jobTitle: input.jobTitle, notes: input.notes };
    for (const [key, value] of Object.entries(texts)) {
      if (value !== undefined) await this.field(`contactForm.${key}`).fill(value);
    }
    if (input.company !== undefined) await this.chooseCompany(input.company);
    for (const [index, email] of (input.emails ?? []).entries()) {
      await this.dialog.getByRole('button', { name: t('contactForm.addEmail') }).click();
      await this.field('contactForm.email', { n: index + 1 }).fill(email);
    }
    for (const [index, phone] of (input.phones ?? []).entries()) {
      await this.dialog.getByRole('button', { name: t('contactForm.addPhone') }).click();
      await this.field('contactForm.phone', { n: index + 1 }).fill(phone);
    }
  }

  async chooseCompany(company: string | { create: string }): Promise<void> {
    const name = typeof company === 'string' ? company : company.create;
    const combobox = this.dialog.getByRole('combobox', { name: t('contactForm.company') });
    await combobox.fill(name);
    const option =
      typeof company === 'string'
        ? this.page.getByRole('option', { name, exact: true })
        : this.page.getByRole('option', { name: t('contactForm.companyCreate', { name }) });
    await option.click();
    await this.page.waitForFunction(
      ([selector, expected]) => (document.querySelector(selector) as HTMLInputElement | null)?.value === expected,
      [`[role="dialog"] input[role="combobox"]`, name] as const,
    );
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.save') }).click();
  }

  async saveAndClose(): Promise<void> {
    await this.save();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The message shown under a field (MUI helper text, linked by aria-describedby). */
  async errorOf(field: Locator): Promise<string> {
    const describedBy = await field.getAttribute('aria-describedby');
    if (!describedBy) return '';
    return (await this.page.locator(`[id="${describedBy}"]`).textContent()) ?? '';
  }
}
