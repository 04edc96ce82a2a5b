import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The Relationships section of a contact's detail panel. */
export class RelationshipsSection {
  constructor(
    private readonly page: Page,
    private readonly detail: Locator,
  ) {}

  get items(): Locator {
    return this.detail.getByRole('list', { name: t('relationships.title') }).getByRole('listitem');
  }

  /** Adds "<this contact> is <role> <other>"; `role` is a key under relationships.role. */
  async add(role: string, otherName: string): Promise<void> {
    await this.detail.getByRole('button', { name: t('relationships.add.button') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await this.page.getByRole('option', { name: t(`relationships.role.${role}`), exact: true }).click();
    const picker = dialog.getByRole('combobox', { name: t('relationships.picker.label') });
    await picker.fill(otherName.split(' ')[0]!);
    await this.page.getByRole('option', { name: new RegExp(`^${otherName}`) }).click();
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Removes the relationship worded `relationships.phrase.<role>` with `otherName`. */
  async remove(role: string, otherName: string): Promise<void> {
    const relationship = t(`relationships.phrase.${role}`, { name: otherName });
    await this.detail.getByRole('button', { name: t('relationships.remove', { relationship }) }).click();
  }
}
