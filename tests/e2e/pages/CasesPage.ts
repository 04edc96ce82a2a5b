import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export interface NewCaseInput {
  customer: string;
  subject: string;
  priority?: 'urgent' | 'high' | 'normal' | 'low';
}

/** The Cases page: list, filters, the open-a-case dialog and a case's detail with its actions. */
export class CasesPage {
  constructor(private readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: t('cases.listLabel') });
  }

  /** The list entry of the case with this subject. */
  item(subject: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: subject });
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: t('cases.detail.label') });
  }

  get history(): Locator {
    return this.detail.getByRole('list', { name: t('cases.event.historyLabel') }).getByRole('listitem');
  }

  async openCase(input: NewCaseInput): Promise<void> {
    await this.page.getByRole('button', { name: t('cases.new') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: t('cases.customer') }).fill(input.customer.split(' ')[0]!);
    await this.page.getByRole('option', { name: new RegExp(`^${input.customer}`) }).click();
    await dialog.getByRole('textbox', { name: t('cases.open.subject') }).fill(input.subject);
    if (input.priority) {
      await dialog.getByRole('combobox', { name: t('cases.open.priority') }).click();
      await this.page.getByRole('option', { name: t(`cases.priority.${input.priority}`), exact: true }).click();
    }
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async respond(text: string): Promise<void> {
    await this.detail.getByRole('button', { name: t('cases.actions.respond') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('cases.respond.title') });
    await dialog.getByRole('textbox', { name: t('cases.respond.text') }).fill(text);
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Resolves with the customer's rating, chosen with the keyboard-reachable radio buttons. */
  async resolve(rating: number, note: string): Promise<void> {
    await this.detail.getByRole('button', { name: t('cases.actions.resolve') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('cases.resolve.title') });
    const star = dialog.getByRole('radio', { name: t('cases.rated', { rating }), exact: true });
    await star.focus();
    await this.page.keyboard.press('Space');
    await dialog.getByRole('radio', { name: t('cases.rated', { rating }), exact: true, checked: true }).waitFor({ state: 'attached' });
    await dialog.getByRole('textbox', { name: t('cases.resolve.note') }).fill(note);
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The "Only overdue" switch (a checkbox in older MUI, a switch now). */
  async showOnlyOverdue(isOn: boolean): Promise<void> {
    const toggle = this.page.getByRole('switch', { name: t('cases.filters.overdue') }).or(this.page.getByRole('checkbox', { name: t('cases.filters.overdue') }));
    await toggle.setChecked(isOn);
  }

  async reopen(): Promise<void> {
    await this.detail.getByRole('button', { name: t('cases.actions.reopen') }).click();
  }
}
