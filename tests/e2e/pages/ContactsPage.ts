import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { AppShell } from './AppShell';
import { ContactForm, type ContactInput } from './ContactForm';

export class ContactsPage {
  private readonly shell: AppShell;

  constructor(private readonly page: Page) {
    this.shell = new AppShell(page);
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: t('contacts.listLabel') });
  }

  /** A row of the (virtualized) list; only rows near the viewport exist. */
  row(name: string): Locator {
    return this.list.getByRole('link', { name });
  }

  get rows(): Locator {
    return this.list.getByRole('listitem');
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: t('contacts.detail.label') });
  }

  get detailName(): Locator {
    return this.detail.getByRole('heading', { level: 2 });
  }

  /** Count line under the title, e.g. "1,234 contacts". */
  get summary(): Locator {
    return this.page.getByRole('main').getByRole('status').first();
  }

  /** Waits until the count line reads exactly `text` (it updates after the list does). */
  async waitForSummary(text: string): Promise<void> {
    const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await this.summary.filter({ hasText: exact }).waitFor();
  }

  noMatch(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: t('contacts.noMatch', { text }) });
  }

  async create(input: ContactInput): Promise<void> {
    await this.shell.goTo('contacts');
    await this.page.getByRole('main').getByRole('button', { name: t('contacts.new'), exact: true }).click();
    const form = new ContactForm(this.page, 'new');
    await form.fill(input);
    await form.saveAndClose();
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await this.detailName.filter({ hasText: name }).waitFor();
  }

  async edit(): Promise<ContactForm> {
    await this.detail.getByRole('button', { name: t('common.edit'), exact: true }).click();
    return new ContactForm(this.page, 'edit');
  }

  async archive(): Promise<void> {
    await this.detail.getByRole('button', { name: t('common.archive'), exact: true }).click();
  }

  /** Facts in the detail panel, by section label ("Job title", "Email", …). */
  detailSection(labelKey: string): Locator {
    return this.detail.getByRole('region', { name: t(labelKey), exact: true });
  }

  /** Runs an entry of the page's "More actions" menu. */
  async menuAction(key: 'import' | 'export'): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('contacts.menu.label') }).click();
    await this.page.getByRole('menuitem', { name: t(`contacts.menu.${key}`) }).click();
  }

  emptyStateButton(key: 'add' | 'import' | 'demo'): Locator {
    return this.page.getByRole('button', { name: t(`contacts.empty.${key}`) });
  }
}
