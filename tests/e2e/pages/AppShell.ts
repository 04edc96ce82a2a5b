import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

export type Section = 'contacts' | 'companies' | 'settings';

export class AppShell {
  constructor(private readonly page: Page) {}

  /** The left navigation; `label` defaults to English, pass another catalogue's text to check translations. */
  navItem(label: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: label, exact: true });
  }

  async goTo(section: Section): Promise<void> {
    await this.navItem(t(`nav.${section}`)).click();
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: t('search.label') });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async clearSearch(): Promise<void> {
    await this.searchBox.fill('');
  }

  /** The snackbar message, e.g. "Contact archived". */
  notice(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: t('common.undo') }).click();
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
