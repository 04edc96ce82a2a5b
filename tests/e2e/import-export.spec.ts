import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { ExportDialog } from './pages/ExportDialog';
import { ImportDialog } from './pages/ImportDialog';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'interop', 'sampark');
const HINDI_TAMIL_VCF = join(fixtures, 'hindi-tamil.vcf');
const PRIYA = 'श्रीमती प्रिया शर्मा';
const KARTHIK = 'கார்த்திக் ராஜா';
const outDir = join(projectRoot, 'test-results', 'screenshots');

forEachTarget('import and export', (app) => {
  it('imports a vCard chosen in the dialog, finds the contacts, and undoes the import', async () => {
    const { page, target } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);

    await contacts.emptyStateButton('import').click();
    await dialog.chooseFile(HINDI_TAMIL_VCF);
    await expect(dialog.counts()).resolves.toEqual({ total: 2, create: 2, update: 0, skip: 0, errors: 0 });
    await expect(dialog.samples()).resolves.toEqual([
      [PRIYA, t('imports.actions.create')],
      [KARTHIK, t('imports.actions.create')],
    ]);
    await expect(dialog.detectedLine.textContent()).resolves.toBe(t('imports.detected', { format: 'vCard', encoding: 'UTF-8' }));
    mkdirSync(outDir, { recursive: true });
    await expect(dialog.importButton(2).isEnabled()).resolves.toBe(true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `${target}-import-preview.png`) });

    await dialog.run(2);
    await shell.notice(t('imports.done_other', { formatted: 2 })).waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));
    await shell.search('प्रिया');
    await contacts.open(PRIYA);
    await contacts.detailSection('contacts.detail.addresses').getByText('नई दिल्ली, दिल्ली 110001').waitFor();
    await shell.clearSearch();

    await shell.undo();
    await shell.notice(t('imports.undone_other', { formatted: 2 })).waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '0' }));
    await shell.search('கார்த்');
    await contacts.noMatch('கார்த்').waitFor();
  });

  it('imports a vCard dropped on the window, previews each mode, and undoes from the recent imports', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);

    await contacts.emptyStateButton('add').waitFor();
    await dialog.dropFile(HINDI_TAMIL_VCF);
    await expect(dialog.counts()).resolves.toMatchObject({ create: 2 });
    await dialog.run(2);
    await contacts.row(KARTHIK).waitFor();

    // The same file again: nothing new, and each mode says what it would do.
    await dialog.dropFile(HINDI_TAMIL_VCF);
    await expect(dialog.counts()).resolves.toMatchObject({ create: 0, update: 2, skip: 0 });
    await dialog.chooseMode('create');
    // Choosing a mode previews again: wait for the new counts rather than read the old ones.
    await expect.poll(() => dialog.counts(), { timeout: 10_000 }).toMatchObject({ create: 0, update: 0, skip: 2 });
    await dialog.preview.getByText(t('imports.reasons.existing')).first().waitFor();
    await expect(dialog.importButton(0).isDisabled()).resolves.toBe(true);
    await dialog.cancel();

    await contacts.menuAction('import');
    await dialog.recentUndoButton('hindi-tamil.vcf').click();
    await dialog.dialog.getByText(t('imports.recent.undone'), { exact: true }).waitFor();
    await dialog.cancel();
    await contacts.emptyStateButton('import').waitFor();
  });

  it('previews and imports a Google Contacts CSV with labels and a birthday without a year', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);

    await contacts.emptyStateButton('import').click();
    await dialog.chooseFile(join(fixtures, 'google-contacts.csv'));
    await expect(dialog.detectedLine.textContent()).resolves.toBe(t('imports.detected', { format: 'CSV (Google Contacts)', encoding: 'UTF-8' }));
    await expect(dialog.counts()).resolves.toEqual({ total: 2, create: 2, update: 0, skip: 0, errors: 0 });
    await expect(dialog.samples()).resolves.toEqual([
      ['Priya Sharma', t('imports.actions.create')],
      ['कार्तिक राजा', t('imports.actions.create')],
    ]);
    await dialog.run(2);
    await shell.search('Priya');
    await contacts.open('Priya Sharma');
    await contacts.detailSection('contactForm.sections.birthday').getByText('15 August', { exact: true }).waitFor();
    await expect(contacts.detailSection('contactForm.sections.tags').getByRole('listitem').allTextContents()).resolves.toEqual(['Customers', 'Delhi']);
    await contacts.detailSection('contacts.detail.company').getByRole('link', { name: 'Sharma & Sons' }).waitFor();
  });

  it('refuses a binary file and a cut-off card with the reason, and changes nothing', async () => {
    const { page, target } = app();
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);
    const dir = mkdtempSync(join(tmpdir(), 'sampark-import-'));
    try {
      const binary = join(dir, 'contacts.vcf');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x10]));
      await contacts.emptyStateButton('import').click();
      await dialog.chooseFile(binary);
      await expect(dialog.alert.textContent()).resolves.toMatch(/^.*Not a contacts file/);
      await expect(dialog.alert.textContent()).resolves.toContain(t('imports.failed'));
      await expect(dialog.preview.count()).resolves.toBe(0);

      await dialog.dialog.getByRole('button', { name: t('imports.chooseAnother') }).click();
      await dialog.chooseFile(join(fixtures, 'truncated.vcf'));
      await expect(dialog.counts()).resolves.toMatchObject({ create: 1, errors: 1 });
      await expect(dialog.errorLines().allTextContents()).resolves.toEqual([expect.stringMatching(/^Line 5: .*END:VCARD/)]);
      mkdirSync(outDir, { recursive: true });
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${target}-import-errors.png`) });
      await dialog.cancel();
      await contacts.emptyStateButton('import').waitFor();
      await expect(contacts.rows.count()).resolves.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports every contact as a vCard and a CSV download', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    const importDialog = new ImportDialog(page);
    const exportDialog = new ExportDialog(page);

    await contacts.emptyStateButton('import').click();
    await importDialog.chooseFile(HINDI_TAMIL_VCF);
    await importDialog.run(2);
    await contacts.create({ givenName: 'Anil', familyName: 'Kapoor', notes: '=HYPERLINK("https://evil.example")' });

    await contacts.menuAction('export');
    const vcard = await exportDialog.download('vcard3');
    expect(vcard.fileName).toMatch(/\.vcf$/);
    expect(vcard.content).toContain('VERSION:3.0');
    for (const name of [PRIYA, KARTHIK, 'Anil Kapoor']) expect(vcard.content).toContain(`FN:${name}`);

    await contacts.menuAction('export');
    await exportDialog.choose('csv');
    await exportDialog.dialog.getByText(t('exports.csvFormulas')).waitFor();
    const csv = await exportDialog.download('csv');
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.content).toContain('प्रिया');
    expect(csv.content).toContain(`'=HYPERLINK`);
  });
});
