import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';
import { SettingsPage } from './SettingsPage';

export interface SyncSetup {
  folder: string;
  deviceName: string;
  userName?: string;
  passphrase?: string;
  join?: 'merge' | 'replace';
}

type FormField = 'folder' | 'deviceName' | 'userName' | 'passphrase';

/** The Sync section of Settings and the sync conflicts page. */
export class SyncPage {
  constructor(private readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: t('sync.title') });
  }

  async open(): Promise<void> {
    await new SettingsPage(this.page).open();
    await this.section.waitFor();
  }

  field(name: FormField): Locator {
    return this.section.getByRole('textbox', { name: t(`sync.form.${name}`), exact: true });
  }

  /** Fills the form and presses "Start syncing"; see `turnOn` to also wait for the status. */
  async submit(setup: SyncSetup): Promise<void> {
    await this.field('folder').fill(setup.folder);
    await this.field('deviceName').fill(setup.deviceName);
    if (setup.userName !== undefined) await this.field('userName').fill(setup.userName);
    if (setup.passphrase !== undefined) await this.field('passphrase').fill(setup.passphrase);
    await this.section.getByRole('radio', { name: t(`sync.form.${setup.join ?? 'merge'}`) }).check();
    await this.section.getByRole('button', { name: t('sync.form.start') }).click();
  }

  async turnOn(setup: SyncSetup): Promise<void> {
    await this.open();
    await this.submit(setup);
    await this.syncNowButton.waitFor();
  }

  get startButton(): Locator {
    return this.section.getByRole('button', { name: t('sync.form.start') });
  }

  /** A problem shown in the section (the form's error, a paused or held sync). */
  alert(text: string | RegExp): Locator {
    return this.section.getByRole('alert').filter({ hasText: text });
  }

  get syncNowButton(): Locator {
    return this.section.getByRole('button', { name: t('sync.now') });
  }

  /** Presses "Sync now" and waits until the run has finished and the status shows it. */
  async syncNow(): Promise<void> {
    const finished = this.page.waitForResponse((r) => r.url().endsWith('/rpc') && (r.request().postData() ?? '').includes('"sync.now"'));
    await this.syncNowButton.click();
    await finished;
    await this.section.getByRole('progressbar', { name: t('sync.syncing') }).waitFor({ state: 'detached' });
  }

  /** The status line of a fact such as "Last sync" (`sync.status.lastSync`). */
  fact(labelKey: string): Locator {
    return this.section.locator('dt', { hasText: t(labelKey) }).locator('xpath=following-sibling::dd[1]');
  }

  machine(name: string): Locator {
    return this.section.getByRole('listitem').filter({ hasText: name });
  }

  async allowAndSync(): Promise<void> {
    await this.section.getByRole('button', { name: t('sync.allow.button') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('sync.allow.title') });
    await dialog.getByRole('button', { name: t('sync.allow.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  get turnOffDialog(): Locator {
    return this.page.getByRole('dialog', { name: t('sync.off.title') });
  }

  async startTurningOff(): Promise<void> {
    await this.section.getByRole('button', { name: t('sync.off.button') }).click();
    await this.turnOffDialog.waitFor();
  }

  async confirmTurnOff(): Promise<void> {
    await this.turnOffDialog.getByRole('button', { name: t('sync.off.confirm') }).click();
    await this.turnOffDialog.waitFor({ state: 'detached' });
    await this.startButton.waitFor();
  }

  // The conflicts page

  async openConflicts(): Promise<void> {
    await this.section.getByRole('link', { name: t('sync.status.review') }).click();
    await this.page.getByRole('heading', { level: 2, name: t('sync.conflicts.title') }).waitFor();
  }

  get conflicts(): Locator {
    return this.page.getByRole('list', { name: t('sync.conflicts.listLabel') }).getByRole('listitem');
  }

  /** The conflict about `field` (its label, e.g. "Job title") on the record named `record`. */
  conflict(record: string, field: string): Locator {
    return this.conflicts.filter({ has: this.page.getByRole('heading', { level: 3, name: `${record} · ${field}` }) });
  }

  /** The value shown on one side of a conflict. */
  valueOf(conflict: Locator, side: 'current' | 'other'): Locator {
    const label = t(side === 'current' ? 'sync.conflicts.current' : 'sync.conflicts.other');
    return conflict.getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');
  }

  async resolve(conflict: Locator, keep: 'current' | 'other'): Promise<void> {
    await conflict.getByRole('button', { name: t(keep === 'current' ? 'sync.conflicts.keepCurrent' : 'sync.conflicts.useOther') }).click();
  }
}
