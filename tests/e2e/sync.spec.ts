// Two machines, each a `sampark serve` on its own data dir with its own browser context, sharing
// one sync folder. Chromium only: the Electron app keeps one data dir per user, so two copies of it
// cannot run side by side on this machine.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncPage } from './pages/SyncPage';
import { launchChromium } from './support/chromium';
import { callServed, startServe, type ServedApp } from './support/serve';
import { t, text } from './support/strings';

interface Machine {
  page: Page;
  served: ServedApp;
  sync: SyncPage;
  contacts: ContactsPage;
  errors: string[];
}

const screenshotsDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
console.log('Sync e2e runs in Chromium only: two Electron apps cannot share one machine here.');

describe('sync between two machines (chromium + sampark serve ×2)', () => {
  let browser: Browser;
  let folder: string;
  const started: { served: ServedApp; context: BrowserContext; errors: string[] }[] = [];

  async function machine(): Promise<Machine> {
    const served = await startServe();
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, locale: 'en-IN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
    started.push({ served, context, errors });
    await page.goto(served.url);
    return { page, served, sync: new SyncPage(page), contacts: new ContactsPage(page), errors };
  }

  /** A picture for people to look at (test-results/screenshots), once the "Synced" notice has gone. */
  async function shot(m: Machine, name: string) {
    await m.page.getByRole('alert').filter({ hasText: new RegExp(`^${t('sync.synced')}$`) }).waitFor({ state: 'detached', timeout: 10_000 });
    // The language menu fades out after a choice; its ghost would sit over the picture.
    await m.page.locator('.MuiMenu-root').waitFor({ state: 'detached' });
    await m.page.mouse.move(110, 1300);
    // Sync is the last section of Settings: scroll the page's own scroller to the end to show all of it.
    await m.page.getByRole('main').locator(':scope > div').first().evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await m.page.screenshot({ path: join(screenshotsDir, `sync-${name}.png`) });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(screenshotsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'sampark-shared-'));
  });
  afterEach(async () => {
    const errors = started.flatMap((s) => s.errors);
    for (const { context, served } of started.splice(0)) {
      await context.close();
      await served.stop();
    }
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}-away`, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it('refuses a folder that holds other files, and keeps what was typed', async () => {
    const a = await machine();
    writeFileSync(join(folder, 'holiday.jpg'), 'not a Sampark file');
    await a.sync.open();
    await a.sync.startButton.waitFor();
    await shot(a, 'off');

    await a.sync.field('folder').fill(folder);
    await a.sync.startButton.click();
    await a.sync.section.getByText(t('sync.form.deviceNameRequired')).waitFor();

    await a.sync.submit({ folder, deviceName: 'Office laptop', userName: 'Asha' });
    await a.sync.alert('That folder already holds other files').waitFor();
    await expect(a.sync.field('folder').inputValue()).resolves.toBe(folder);
    await expect(a.sync.field('deviceName').inputValue()).resolves.toBe('Office laptop');
    await expect(a.sync.field('userName').inputValue()).resolves.toBe('Asha');
    await expect(a.sync.syncNowButton.count()).resolves.toBe(0);

    await new SettingsPage(a.page).chooseLanguage('ta');
    await a.page.getByRole('button', { name: text('ta', 'sync.form.start') }).waitFor();
    await shot(a, 'off-tamil');
  });

  it('brings a contact made on one machine to the other, and turns off keeping the data', async () => {
    const a = await machine();
    const b = await machine();
    await a.sync.turnOn({ folder, deviceName: 'Office laptop', userName: 'Asha' });
    await b.sync.turnOn({ folder, deviceName: 'Shop desktop', userName: 'Ravi' });

    await a.contacts.create({ givenName: 'Meera', familyName: 'Iyer', jobTitle: 'Buyer' });
    await a.sync.open();
    await a.sync.syncNow();
    await a.sync.machine('Shop desktop · Ravi').waitFor();
    await b.sync.syncNow();
    await b.sync.machine('Office laptop · Asha').waitFor();
    await shot(b, 'on');

    await new AppShell(b.page).goTo('contacts');
    await b.contacts.row('Meera Iyer').waitFor();
    // Attribution: the other machine and its user made this contact.
    await b.contacts.open('Meera Iyer');
    await b.page.getByTestId('last-change').filter({ hasText: t('sync.lastChange.byUser', { machine: 'Office laptop', user: 'Asha', when: '' }).replace(/,\s*$/, '') }).waitFor();

    await b.sync.open();
    await b.sync.startTurningOff();
    await b.sync.turnOffDialog.getByText(/data stays on this machine/).waitFor();
    await b.sync.confirmTurnOff();
    await new AppShell(b.page).goTo('contacts');
    await b.contacts.row('Meera Iyer').waitFor();
  });

  it('lists a job title edited on both machines and brings back the value that lost', async () => {
    const a = await machine();
    const b = await machine();
    await a.sync.turnOn({ folder, deviceName: 'Office laptop' });
    await b.sync.turnOn({ folder, deviceName: 'Shop desktop' });
    await a.contacts.create({ givenName: 'Meera', familyName: 'Iyer', jobTitle: 'Buyer' });
    await a.sync.open();
    await a.sync.syncNow();
    await b.sync.syncNow();

    // Both edits are typed first and saved back to back, so neither machine syncs in between.
    const editOn = async (m: Machine, jobTitle: string) => {
      await new AppShell(m.page).goTo('contacts');
      await m.contacts.open('Meera Iyer');
      const form = await m.contacts.edit();
      await form.field('contactForm.jobTitle').fill(jobTitle);
      return form;
    };
    const formA = await editOn(a, 'Sales manager');
    const formB = await editOn(b, 'Head of sales');
    await formA.saveAndClose();
    await formB.saveAndClose();

    for (const m of [a, b, a]) {
      await m.sync.open();
      await m.sync.syncNow();
    }
    await a.sync.openConflicts();
    const conflict = a.sync.conflict('Meera Iyer', t('sync.columns.job_title'));
    await conflict.waitFor();
    const current = await a.sync.valueOf(conflict, 'current').textContent();
    const other = await a.sync.valueOf(conflict, 'other').textContent();
    expect([current, other].sort()).toEqual(['Head of sales', 'Sales manager']);
    await shot(a, 'conflicts');

    await a.sync.resolve(conflict, 'other');
    await new AppShell(a.page).notice(t('sync.conflicts.used')).waitFor();
    await conflict.waitFor({ state: 'detached' });
    await a.page.getByText(t('sync.conflicts.empty')).waitFor();

    await a.sync.open();
    await a.sync.syncNow();
    await b.sync.open();
    await b.sync.syncNow();
    await new AppShell(b.page).goTo('contacts');
    await b.contacts.open('Meera Iyer');
    await b.contacts.detailSection('contacts.detail.jobTitle').getByText(other!, { exact: true }).waitFor();
  });

  it('holds a sync that would remove many records until the user allows it', async () => {
    const a = await machine();
    const b = await machine();
    await a.sync.turnOn({ folder, deviceName: 'Office laptop' });
    await b.sync.turnOn({ folder, deviceName: 'Shop desktop' });
    await callServed(a.served, 'demo.seed', { contacts: 80 });
    await a.sync.syncNow();
    await b.sync.syncNow();

    const page = await callServed<{ items: { id: string }[] }>(a.served, 'contacts.list', { limit: 60 });
    for (const { id } of page.items) await callServed(a.served, 'contacts.archive', { id });
    await a.sync.syncNow();
    await b.sync.syncNow();
    await b.sync.alert(t('sync.status.alert.held')).waitFor();
    await shot(b, 'held');
    await expect(callServed<{ active: number }>(b.served, 'contacts.count')).resolves.toMatchObject({ active: 80 });

    await b.sync.allowAndSync();
    await b.sync.alert(t('sync.status.alert.held')).waitFor({ state: 'detached' });
    await expect(callServed<{ active: number }>(b.served, 'contacts.count')).resolves.toMatchObject({ active: 20 });
  });

  it('pauses while the folder is gone, removing nothing, and resumes when it is back', async () => {
    const a = await machine();
    await a.sync.turnOn({ folder, deviceName: 'Office laptop', passphrase: 'correct horse battery staple' });
    await a.sync.fact('sync.status.encryption').getByText(t('sync.status.encrypted')).waitFor();
    await a.contacts.create({ givenName: 'Meera', familyName: 'Iyer' });
    await a.sync.open();
    await a.sync.syncNow();

    renameSync(folder, `${folder}-away`);
    await a.sync.syncNow();
    await a.sync.alert(t('sync.status.alert.paused')).waitFor();
    await shot(a, 'paused');
    await new SettingsPage(a.page).chooseLanguage('ta');
    await a.page.getByRole('region', { name: text('ta', 'sync.title') }).getByText(text('ta', 'sync.status.alert.paused')).waitFor();
    await shot(a, 'paused-tamil');
    await new SettingsPage(a.page).chooseLanguage('en', 'ta');

    renameSync(`${folder}-away`, folder);
    await a.sync.syncNow();
    await a.sync.alert(t('sync.status.alert.paused')).waitFor({ state: 'detached' });
    await new AppShell(a.page).goTo('contacts');
    await a.contacts.row('Meera Iyer').waitFor();
  });
});
