import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { AppShell } from './AppShell';

export type TodayList = 'overdue' | 'dueToday' | 'recent' | 'birthdays';
export type SnoozeChoice = 'hour' | 'tomorrow' | 'nextWeek';

/** The Today view (home) and the reminder items on it. */
export class TodayPage {
  private readonly shell: AppShell;

  constructor(private readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.navItem(t('today.title')).click();
    await this.page.getByRole('heading', { name: t('today.title'), level: 2, exact: true }).waitFor();
  }

  list(which: TodayList): Locator {
    return this.page.getByRole('main').getByRole('list', { name: t(`today.${which}`), exact: true });
  }

  item(which: TodayList, title: string): Locator {
    return this.list(which).getByRole('listitem').filter({ hasText: title });
  }

  async done(title: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('reminders.doneOne', { title }), exact: true }).click();
  }

  async snooze(title: string, choice: SnoozeChoice): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('reminders.snooze.label', { title }), exact: true }).click();
    await this.page.getByRole('menuitem', { name: t(`reminders.snooze.${choice}`) }).click();
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: t('today.empty.title') });
  }

  async exportCalendar(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: t('calendar.open') }).click();
  }
}
