import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export interface SaleLineInput {
  product: string;
  qty: string;
}

/** Sales, purchase detail, payments and receivables: intent out, locators in. */
export class SalesPage {
  constructor(private readonly page: Page) {}

  async goTo(section: 'purchases' | 'receivables' | 'products'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: t(`sales.nav.${section}`), exact: true }).click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Records a sale for a customer picked by typing their name; lines pick catalogue products. */
  async recordSale(customer: string, lines: SaleLineInput[], reference: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('sales.recordSale') }).first().click();
    const picker = this.dialog.getByRole('combobox', { name: t('sales.customer') });
    await picker.fill(customer.slice(0, 4));
    await this.page.getByRole('option', { name: new RegExp(customer) }).click();
    await this.dialog.getByRole('textbox', { name: t('sales.reference') }).fill(reference);
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.dialog.getByRole('button', { name: t('sales.addLine') }).click();
      const group = this.dialog.getByRole('group', { name: t('sales.lineLabel', { n: i + 1 }) });
      await group.getByRole('combobox', { name: t('sales.product') }).fill(line.product.slice(0, 5));
      await this.page.getByRole('option', { name: new RegExp(line.product) }).click();
      await group.getByRole('textbox', { name: t('sales.qty') }).fill(line.qty);
    }
  }

  /** The live total in the open "Record a sale" dialog. */
  get draftTotal(): Locator {
    return this.dialog.getByRole('status', { name: t('sales.total') });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.save') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: t('sales.detailLabel') });
  }

  amount(label: 'total' | 'paid' | 'balance'): Locator {
    return this.detail.getByRole('group', { name: t('sales.amounts') }).getByLabel(t(`sales.${label}`), { exact: true });
  }

  async recordPayment(amount: string): Promise<void> {
    await this.detail.getByRole('button', { name: t('sales.recordPayment') }).click();
    await this.dialog.getByRole('textbox', { name: new RegExp(t('sales.amount', { currency: '' }).replace(/\(.*\)/, '')) }).fill(amount);
    await this.save();
  }

  get receivables(): Locator {
    return this.page.getByRole('table', { name: t('sales.receivables.title') });
  }

  receivableRow(customer: string): Locator {
    return this.receivables.getByRole('row').filter({ hasText: customer });
  }

  columnIndex(key: string): Promise<number> {
    return this.receivables.getByRole('columnheader').evaluateAll((cells, label) => cells.findIndex((c) => c.textContent === label), t(key));
  }
}
