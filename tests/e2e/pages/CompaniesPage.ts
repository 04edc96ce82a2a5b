import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { AppShell } from './AppShell';

export interface CompanyInput {
  name: string;
  website?: string;
  industry?: string;
  phone?: string;
  city?: string;
  notes?: string;
}

export class CompaniesPage {
  private readonly shell: AppShell;

  constructor(private readonly page: Page) {
    this.shell = new AppShell(page);
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: t('companies.listLabel') });
  }

  row(name: string): Locator {
    return this.list.getByRole('link', { name });
  }

  get detail(): Locator {
    return this.page.getByRole('region', { name: t('companies.detail.label') });
  }

  async create(input: CompanyInput): Promise<void> {
    await this.shell.goTo('companies');
    await this.page.getByRole('main').getByRole('button', { name: t('companies.new'), exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: t('companyForm.newTitle') });
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) await dialog.getByLabel(t(`companyForm.${key}`)).fill(value);
    }
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async open(name: string): Promise<void> {
    await this.shell.goTo('companies');
    await this.row(name).click();
    await this.detail.getByRole('heading', { level: 2, name }).waitFor();
  }

  person(name: string): Locator {
    return this.detail.getByRole('link', { name });
  }
}
