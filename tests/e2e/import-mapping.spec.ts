import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { ImportDialog } from './pages/ImportDialog';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'sampark-e2e-mapping-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function csvFile(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, lines.join('\r\n'));
  return path;
}
const HEADER = 'Naam,Mobile No,Shehar';

forEachTarget('import: column mapping and cancel', (app) => {
  it('maps the columns of an unknown CSV, imports it, and offers the same mapping for the next file', async () => {
    const { page, target } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);

    await contacts.emptyStateButton('import').click();
    await dialog.chooseFile(csvFile('shop-register.csv', [HEADER, 'Asha Verma,094440 12345,Chennai', 'Ravi Iyer,098400 11111,Madurai']));
    await dialog.mapping.waitFor();
    await expect(dialog.mappingFor('Mobile No').textContent()).resolves.toBe(t('imports.fields.phoneMobile'));
    await dialog.mapping.getByText('Asha Verma · Ravi Iyer').waitFor();
    await dialog.mapColumn('Naam', 'displayName');
    await dialog.mapColumn('Shehar', 'locality');
    await expect.poll(() => dialog.samples()).toEqual([
      ['Asha Verma', t('imports.actions.create')],
      ['Ravi Iyer', t('imports.actions.create')],
    ]);
    mkdirSync(outDir, { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, `${target}-import-mapping.png`), fullPage: true });
    await dialog.run(2);
    await shell.notice(t('imports.done_other', { formatted: 2 })).waitFor();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '2' }));

    await contacts.menuAction('import');
    await dialog.chooseFile(csvFile('shop-register-june.csv', [HEADER, 'Meena Rao,099999 22222,Salem']));
    await expect.poll(() => dialog.mappingFor('Naam').textContent()).toBe(t('imports.fields.displayName'));
    await expect(dialog.mappingFor('Shehar').textContent()).resolves.toBe(t('imports.fields.locality'));
    await expect.poll(() => dialog.samples()).toEqual([['Meena Rao', t('imports.actions.create')]]);
  });

  it('shows progress while importing and Cancel leaves nothing behind', async () => {
    const { page } = app();
    mkdirSync(outDir, { recursive: true });
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);
    const rows = Array.from({ length: 30_000 }, (_, i) => `Person${i},Family${i},p${i}@example.com`);
    const file = csvFile('big.csv', ['First Name,Last Name,E-mail Address', ...rows]);

    await contacts.emptyStateButton('import').click();
    await dialog.chooseFile(file);
    await expect.poll(() => dialog.count('create'), { timeout: 60_000 }).toBe(30_000);
    await dialog.importButton(30_000, '30,000').click();
    await dialog.progress.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(outDir, `${app().target}-import-progress.png`) });
    await dialog.cancelImport();
    await dialog.dialog.getByText(t('imports.cancelled')).waitFor({ timeout: 60_000 });
    await dialog.cancel();
    await contacts.emptyStateButton('import').waitFor();
  });

  it("shows a photo from an imported vCard as the contact's avatar", async () => {
    const { page, target } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const dialog = new ImportDialog(page);
    // A 1×1 PNG, as a phone's export embeds it (base64, folded).
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const vcf = join(work, 'with-photo.vcf');
    writeFileSync(vcf, ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Asha Verma', 'N:Verma;Asha;;;', `PHOTO;ENCODING=b;TYPE=PNG:${png.slice(0, 60)}`, ` ${png.slice(60)}`, 'END:VCARD', ''].join('\r\n'));

    await contacts.emptyStateButton('import').click();
    await dialog.chooseFile(vcf);
    await dialog.run(1);
    await shell.notice(t('imports.done_one', { formatted: 1 })).waitFor();
    await contacts.open('Asha Verma');
    await page.getByRole('region', { name: t('contacts.detail.label') }).locator('img[src^="data:image/png;base64,"]').waitFor();
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, `${target}-contact-photo.png`) });
  });
});
