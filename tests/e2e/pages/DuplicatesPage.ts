import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** "Review duplicates" and its merge dialog. */
export class DuplicatesPage {
  constructor(private readonly page: Page) {}

  /** Opens the queue from the contacts page's "More actions" menu. */
  async open(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('contacts.menu.label') }).click();
    await this.page.getByRole('menuitem', { name: t('duplicates.menuItem') }).click();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { name: t('duplicates.title'), exact: true });
  }

  get pairs(): Locator {
    return this.page.getByRole('list', { name: t('duplicates.listLabel') }).getByRole('listitem');
  }

  /** The pair of `a` and `b`, in either order. */
  pair(a: string, b: string): Locator {
    return this.pairs.filter({ hasText: a }).filter({ hasText: b });
  }

  reason(pair: Locator, reason: 'email' | 'phone' | 'name-company' | 'name'): Locator {
    return pair.getByText(t(`duplicates.reason.${reason}`), { exact: true });
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: t('duplicates.emptyTitle') });
  }

  async dismiss(pair: Locator): Promise<void> {
    await pair.getByRole('button', { name: t('duplicates.dismiss') }).click();
  }

  async startMerge(pair: Locator): Promise<MergeDialog> {
    await pair.getByRole('button', { name: t('duplicates.merge') }).click();
    const dialog = new MergeDialog(this.page);
    await dialog.group('duplicates.mergeDialog.keep').waitFor();
    return dialog;
  }
}

export class MergeDialog {
  readonly dialog: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: t('duplicates.mergeDialog.title') });
  }

  /** A set of radio buttons by its label: "Keep which contact?", "Job title", … */
  group(labelKey: string): Locator {
    return this.dialog.getByRole('radiogroup', { name: t(labelKey), exact: true });
  }

  async keep(name: string): Promise<void> {
    await this.group('duplicates.mergeDialog.keep').getByRole('radio', { name }).check();
  }

  async choose(labelKey: string, value: string): Promise<void> {
    await this.group(labelKey).getByRole('radio', { name: value, exact: true }).check();
  }

  async merge(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('duplicates.mergeDialog.merge'), exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
