import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { AppShell } from './AppShell';

export interface CompanyInput {
  name: string;
  website?: string;
  industry?: string;
  /** Phones to add, each a new row. */
  phones?: string[];
  /** Shorthand for one phone. */
  phone?: string;
  /** Shorthand for one address with only a city. */
  city?: string;
  addresses?: { street?: string; locality?: string; postalCode?: string }[];
  tags?: string[];
  notes?: string;
}

/** The New company / Edit company dialog. */
export class CompanyForm {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: 'new' | 'edit',
  ) {
    this.dialog = page.getByRole('dialog', { name: t(title === 'new' ? 'companyForm.newTitle' : 'companyForm.editTitle') });
  }

  field(labelKey: string, values?: Record<string, number>): Locator {
    return this.dialog.getByLabel(t(labelKey, values), { exact: true });
  }

  async fill(input: Partial<CompanyInput>): Promise<void> {
    for (const key of ['name', 'website', 'industry', 'notes'] as const) {
      // Not exact: a required field's label ends with " *".
      if (input[key] !== undefined) await this.dialog.getByLabel(t(`companyForm.${key}`)).fill(input[key]);
    }
    for (const phone of [...(input.phone ? [input.phone] : []), ...(input.phones ?? [])]) await this.addPhone(phone);
    for (const address of [...(input.city ? [{ locality: input.city }] : []), ...(input.addresses ?? [])]) await this.addAddress(address);
    for (const tag of input.tags ?? []) {
      await this.dialog.getByRole('combobox', { name: t('contactForm.tags.label') }).fill(tag);
      await this.page.keyboard.press('Enter');
    }
  }

  async addPhone(phone: string): Promise<void> {
    const n = await this.dialog.getByLabel(new RegExp(`^${t('contactForm.phone', { n: 99 }).replace('99', '\\d+')}$`)).count();
    await this.dialog.getByRole('button', { name: t('contactForm.addPhone') }).click();
    await this.field('contactForm.phone', { n: n + 1 }).fill(phone);
  }

  async addAddress(address: { street?: string; locality?: string; postalCode?: string }): Promise<void> {
    const groups = this.dialog.getByRole('group', { name: new RegExp(`^${t('contactForm.address.group', { n: 99 }).replace('99', '\\d+')}$`) });
    const n = (await groups.count()) + 1;
    await this.dialog.getByRole('button', { name: t('contactForm.address.add') }).click();
    const group = this.dialog.getByRole('group', { name: t('contactForm.address.group', { n }) });
    for (const [part, value] of Object.entries(address)) {
      if (value !== undefined) await group.getByLabel(t(`contactForm.address.${part}`), { exact: true }).fill(value);
    }
  }

  async saveAndClose(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.save') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
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
    const form = new CompanyForm(this.page, 'new');
    await form.fill(input);
    await form.saveAndClose();
  }

  async edit(): Promise<CompanyForm> {
    await this.detail.getByRole('button', { name: t('common.edit'), exact: true }).click();
    return new CompanyForm(this.page, 'edit');
  }

  async open(name: string): Promise<void> {
    await this.shell.goTo('companies');
    await this.row(name).click();
    await this.detail.getByRole('heading', { level: 2, name }).waitFor();
  }

  /** Facts in the detail panel, by section label. */
  detailSection(labelKey: string): Locator {
    return this.detail.getByRole('region', { name: t(labelKey), exact: true });
  }

  person(name: string): Locator {
    return this.detail.getByRole('link', { name });
  }
}
