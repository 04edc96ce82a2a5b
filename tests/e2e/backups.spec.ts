import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { SettingsPage } from './pages/SettingsPage';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('settings and backups', (app) => {
  it('shows the data folder and adds a row for "Back up now"', async () => {
    const { page, dataDir } = app();
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.dataFolder.getByText(dataDir, { exact: true }).waitFor();

    await settings.backupRows.first().waitFor();
    const before = await settings.backupRows.count();
    const manualBefore = await settings.backupRows.filter({ hasText: t('settings.backups.reasons.manual') }).count();
    await settings.backUpNow();
    await new AppShell(page).notice(t('settings.backups.created')).waitFor();
    await settings.backupRows.nth(before).waitFor();
    await expect(settings.backupRows.count()).resolves.toBe(before + 1);
    await expect(settings.backupRows.filter({ hasText: t('settings.backups.reasons.manual') }).count()).resolves.toBe(manualBefore + 1);
  });

  it('keeps the chosen country for phone numbers across a reload', async () => {
    const { page } = app();
    const settings = new SettingsPage(page);
    await settings.open();
    await expect(settings.phoneCountry.textContent()).resolves.toBe('India');
    await settings.choosePhoneCountry('United States');
    await page.reload();
    await settings.open();
    await expect(settings.phoneCountry.textContent()).resolves.toBe('United States');
  });

  it('restores a backup after confirming, keeping the current data as a backup', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const settings = new SettingsPage(page);
    await contacts.create({ givenName: 'Kept', familyName: 'Before' });
    await settings.open();
    await settings.backUpNow();
    const manual = settings.backupRows.filter({ hasText: t('settings.backups.reasons.manual') });
    await manual.first().waitFor();
    await contacts.create({ givenName: 'Added', familyName: 'After' });

    await settings.open();
    await settings.startRestore(manual.first());
    await settings.restoreDialog.getByText(/current data is backed up first/).waitFor();
    await settings.confirmRestore();
    await shell.notice('Restored the backup from').waitFor();
    await settings.backupRows.filter({ hasText: t('settings.backups.reasons.pre-restore') }).first().waitFor();

    await shell.goTo('contacts');
    await contacts.row('Kept Before').waitFor();
    await expect(contacts.row('Added After').count()).resolves.toBe(0);
  });
});
