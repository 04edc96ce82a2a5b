import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export interface ReminderInput {
  title: string;
  /** 'YYYY-MM-DD'; the dialog starts at today. */
  date?: string;
  /** 'HH:MM'; empty for all day. */
  time?: string;
  repeat?: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
}

/** The new / edit reminder dialog. */
export class ReminderDialog {
  readonly dialog: Locator;

  constructor(page: Page, mode: 'new' | 'edit' = 'new') {
    this.dialog = page.getByRole('dialog', { name: t(mode === 'new' ? 'reminders.form.newTitle' : 'reminders.form.editTitle') });
  }

  field(key: string): Locator {
    return this.dialog.getByLabel(t(key), { exact: false }).first();
  }

  async fill(input: ReminderInput): Promise<void> {
    await this.dialog.getByRole('textbox', { name: t('reminders.form.title') }).fill(input.title);
    if (input.date) await this.dialog.getByLabel(t('reminders.form.date')).fill(input.date);
    if (input.time) await this.dialog.getByLabel(t('reminders.form.time')).fill(input.time);
    if (input.repeat) {
      await this.dialog.getByRole('combobox', { name: t('reminders.form.repeat') }).click();
      await this.dialog.page().getByRole('option', { name: t(`reminders.frequency.${input.repeat}`) }).click();
    }
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.save') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
