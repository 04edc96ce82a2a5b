import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The Deals page: board columns by stage name, cards by deal title. */
export class DealsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: t('nav.deals'), exact: true }).click();
  }

  column(stage: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${stage}, \\d+ deals$`) });
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${title}, `) });
  }

  count(stage: string): Locator {
    return this.column(stage).getByTestId('stage-count');
  }

  totals(stage: string): Locator {
    return this.column(stage).getByTestId('stage-total');
  }

  /** A new deal; `newCompany` is typed into the company picker and added on the spot. */
  async create(fields: { title: string; value: string; newCompany?: string }): Promise<void> {
    const empty = this.page.getByRole('button', { name: t('deals.empty.add') });
    await (await empty.isVisible() ? empty : this.page.getByRole('button', { name: t('deals.new') })).click();
    const dialog = this.page.getByRole('dialog', { name: t('deals.form.newTitle') });
    await dialog.getByRole('textbox', { name: t('deals.form.title') }).fill(fields.title);
    await dialog.getByRole('textbox', { name: t('deals.form.value') }).fill(fields.value);
    if (fields.newCompany) {
      await dialog.getByRole('combobox', { name: t('contactForm.company') }).fill(fields.newCompany);
      await this.page.getByRole('option', { name: t('contactForm.companyCreate', { name: fields.newCompany }) }).click();
      await dialog.getByRole('combobox', { name: t('contactForm.company') }).and(this.page.locator(`[value="${fields.newCompany}"]`)).waitFor();
    }
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async drag(title: string, stage: string): Promise<void> {
    await this.card(title).dragTo(this.column(stage));
  }

  /** Focus the card and press Ctrl+→ (or ←): the keyboard alternative to dragging. */
  async nudge(title: string, key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
    await this.card(title).focus();
    await this.page.keyboard.press(`Control+${key}`);
  }

  async moveWithMenu(title: string, stage: string): Promise<void> {
    await this.page.getByRole('button', { name: t('deals.board.moveMenu', { title }) }).click();
    await this.page.getByRole('menuitem', { name: stage, exact: true }).click();
  }

  async giveLostReason(title: string, reason: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: t('deals.lost.title', { title }) });
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.getByText(t('deals.lost.reasonNeeded')).waitFor();
    await dialog.getByRole('textbox', { name: t('deals.lost.reason') }).fill(reason);
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The pipeline and stages dialog. */
  async editStages(): Promise<Locator> {
    await this.page.getByRole('button', { name: t('deals.stages.edit') }).click();
    return this.page.getByRole('dialog', { name: t('deals.stages.title') });
  }

  stageRow(dialog: Locator, name: string): Locator {
    return dialog.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: t('deals.stages.up', { name }) }) });
  }

  get announcement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Moved / });
  }

  async showTab(view: 'board' | 'list' | 'forecast'): Promise<void> {
    await this.page.getByRole('tab', { name: t(`deals.view.${view}`) }).click();
  }
}
