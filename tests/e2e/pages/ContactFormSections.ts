import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export interface AddressInput {
  label?: 'home' | 'work' | 'other';
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** The contact's less-used fields, as filled in through the form's collapsible sections. */
export interface MoreContactInput {
  prefix?: string;
  additionalNames?: string;
  suffix?: string;
  nickname?: string;
  phoneticName?: string;
  department?: string;
  addresses?: AddressInput[];
  websites?: string[];
  /** Day and English month name; the year is optional. */
  birthday?: { day: number; month: string; year?: string };
  tags?: string[];
  lifecycleStage?: 'lead' | 'prospect' | 'customer' | 'inactive';
  source?: string;
  owner?: string;
  preferredLanguage?: 'en' | 'hi' | 'ta';
  letterSalutation?: string;
  labelSalutation?: string;
  isDoNotContact?: boolean;
  isDoNotMail?: boolean;
}

export type SectionKey = 'names' | 'work' | 'addresses' | 'websites' | 'birthday' | 'tags' | 'relationship' | 'communication';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The collapsible sections of the contact dialog (More name fields, Work, Addresses, …). */
export class ContactFormSections {
  constructor(
    private readonly page: Page,
    private readonly dialog: Locator,
    private readonly text: (key: string, values?: Record<string, string | number>) => string = t,
  ) {}

  /** A section's header button; its name starts with the title (a summary may follow). */
  header(section: SectionKey): Locator {
    return this.dialog.getByRole('button', { name: new RegExp(`^${escape(this.text(`contactForm.sections.${section}`))}`) });
  }

  async open(section: SectionKey): Promise<void> {
    const header = this.header(section);
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  }

  field(labelKey: string, values?: Record<string, string | number>): Locator {
    return this.dialog.getByLabel(this.text(labelKey, values), { exact: true });
  }

  address(n: number): Locator {
    return this.dialog.getByRole('group', { name: this.text('contactForm.address.group', { n }) });
  }

  /** Picks `option` in an MUI select; opens the menu again if a click landed during an animation. */
  async choose(select: Locator, option: string): Promise<void> {
    const listbox = this.page.getByRole('listbox');
    for (let attempt = 0; ; attempt++) {
      await select.click();
      try {
        await listbox.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 2) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await listbox.getByRole('option', { name: option, exact: true }).click();
    await listbox.waitFor({ state: 'detached' });
  }

  combobox(labelKey: string, values?: Record<string, number>): Locator {
    return this.dialog.getByRole('combobox', { name: this.text(labelKey, values), exact: true });
  }

  async fill(input: MoreContactInput): Promise<void> {
    const names = ['prefix', 'additionalNames', 'suffix', 'nickname', 'phoneticName'] as const;
    if (names.some((key) => input[key] !== undefined)) await this.open('names');
    for (const key of names) if (input[key] !== undefined) await this.field(`contactForm.${key}`).fill(input[key]);
    if (input.department !== undefined) {
      await this.open('work');
      await this.field('contactForm.department').fill(input.department);
    }
    if (input.addresses) await this.fillAddresses(input.addresses);
    if (input.websites) {
      await this.open('websites');
      for (const [index, website] of input.websites.entries()) {
        await this.dialog.getByRole('button', { name: this.text('contactForm.addWebsite') }).click();
        await this.field('contactForm.website', { n: index + 1 }).fill(website);
      }
    }
    if (input.birthday) await this.setBirthday(input.birthday);
    if (input.tags) await this.addTags(input.tags);
    await this.fillRelationship(input);
    await this.fillCommunication(input);
  }

  async fillAddresses(addresses: AddressInput[]): Promise<void> {
    await this.open('addresses');
    const anyAddress = new RegExp(`^${escape(this.text('contactForm.address.group', { n: 'NUMBER' })).replace('NUMBER', '\\d+')}$`);
    const existing = await this.dialog.getByRole('group', { name: anyAddress }).count();
    for (const [index, address] of addresses.entries()) {
      const n = existing + index + 1;
      await this.dialog.getByRole('button', { name: this.text('contactForm.address.add') }).click();
      const group = this.address(n);
      if (address.label) await this.choose(this.combobox('contactForm.address.label', { n }), this.text(`methodLabel.${address.label}`));
      for (const part of ['street', 'locality', 'region', 'postalCode', 'country'] as const) {
        const value = address[part];
        if (value !== undefined) await group.getByLabel(this.text(`contactForm.address.${part}`), { exact: true }).fill(value);
      }
    }
  }

  async setBirthday({ day, month, year }: { day: number; month: string; year?: string }): Promise<void> {
    await this.open('birthday');
    await this.choose(this.combobox('contactForm.birthday.month'), month);
    await this.choose(this.combobox('contactForm.birthday.day'), String(day));
    await this.field('contactForm.birthday.year').fill(year ?? '');
  }

  async addTags(tags: string[]): Promise<void> {
    await this.open('tags');
    const input = this.dialog.getByRole('combobox', { name: this.text('contactForm.tags.label') });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  private async fillRelationship(input: MoreContactInput): Promise<void> {
    if (input.lifecycleStage === undefined && input.source === undefined && input.owner === undefined) return;
    await this.open('relationship');
    if (input.lifecycleStage) await this.choose(this.combobox('contactForm.lifecycleStage'), this.text(`lifecycle.${input.lifecycleStage}`));
    if (input.source !== undefined) await this.field('contactForm.source').fill(input.source);
    if (input.owner !== undefined) await this.field('contactForm.owner').fill(input.owner);
  }

  private async fillCommunication(input: MoreContactInput): Promise<void> {
    const keys = ['preferredLanguage', 'letterSalutation', 'labelSalutation', 'isDoNotContact', 'isDoNotMail'] as const;
    if (keys.every((key) => input[key] === undefined)) return;
    await this.open('communication');
    if (input.preferredLanguage) await this.choose(this.combobox('contactForm.preferredLanguage'), this.text(`contactForm.language.${input.preferredLanguage}`));
    if (input.letterSalutation !== undefined) await this.field('contactForm.letterSalutation').fill(input.letterSalutation);
    if (input.labelSalutation !== undefined) await this.field('contactForm.labelSalutation').fill(input.labelSalutation);
    if (input.isDoNotContact !== undefined) await this.dialog.getByRole('checkbox', { name: this.text('contactForm.doNotContact') }).setChecked(input.isDoNotContact);
    if (input.isDoNotMail !== undefined) await this.dialog.getByRole('checkbox', { name: this.text('contactForm.doNotMail') }).setChecked(input.isDoNotMail);
  }
}
