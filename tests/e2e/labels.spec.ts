// Mailing labels through the UI: open the dialog from the contacts page, preview, save the PDF and
// read it back. Chromium over `sampark serve` (the Electron app prints with printToPDF instead).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pdfPageSizes, pdfText } from '../integration/support/poppler';
import { ContactsPage } from './pages/ContactsPage';
import { LabelsDialog } from './pages/LabelsDialog';
import { launchChromium } from './support/chromium';
import { callServed, startServe, type ServedApp } from './support/serve';
import { t } from './support/strings';

const screenshotsDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
const PAYLOAD = '<script>window.__pwned=1</script>';
const LONG_STREET = 'Sri Venkateswara Nilayam, Plot 114, Kanakapura Main Road, Near Old Water Tank, Behind Government School, Jayanagar 9th Block Extension, Bengaluru South Taluk, Opposite Ganesha Temple Arch, Lane';

describe('mailing labels (chromium + sampark serve)', () => {
  let browser: Browser;
  let served: ServedApp;
  let context: BrowserContext;
  let page: Page;
  let out: string;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser.close());
  beforeEach(async () => {
    served = await startServe();
    out = mkdtempSync(join(tmpdir(), 'sampark-labels-e2e-'));
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-IN', acceptDownloads: true });
    page = await context.newPage();
    errors.length = 0;
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // Contacts, not Today: the labels are printed from the contact list.
    await page.goto(`${served.url}#/contacts`);
  });
  afterEach(async () => {
    await context.close();
    await served.stop();
    rmSync(out, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it('explains an empty selection, then previews and saves labels as a PDF', async () => {
    const contacts = new ContactsPage(page);
    await contacts.emptyStateButton('add').waitFor();
    let dialog = await LabelsDialog.fromContactsMenu(page);
    await dialog.message('labels.nothingAtAll').waitFor();
    await expect(dialog.saveButton.isDisabled()).resolves.toBe(true);
    await dialog.close();

    const home = (street: string, locality: string, postalCode: string) => [{ label: 'home', street, locality, postalCode, country: 'India' }];
    await callServed(served, 'contacts.create', { givenName: PAYLOAD, familyName: 'Rao', addresses: home(LONG_STREET, 'Bengaluru', '560011') });
    await callServed(served, 'contacts.create', { givenName: 'प्रिया', familyName: 'वर्मा', addresses: home('बी-४२, लाजपत नगर', 'नई दिल्ली', '110024') });
    await callServed(served, 'contacts.create', { givenName: 'Quiet', familyName: 'Person', isDoNotMail: true, addresses: home('1 Lake Rd', 'Chennai', '600002') });
    await page.reload();
    await contacts.row('प्रिया वर्मा').waitFor();

    dialog = await LabelsDialog.fromContactsMenu(page);
    await dialog.summary(2, 1).waitFor();
    await dialog.dialog.getByText(t('labels.skip.doNotMail', { formatted: 1 })).waitFor();
    await dialog.message('labels.actualSize').waitFor();
    await dialog.chooseSheet(/L7160/);
    await dialog.setSwitch('labels.caps', true);
    await dialog.summary(2, 1).waitFor();
    await dialog.preview.getByText('नई दिल्ली 110024').waitFor();
    await dialog.preview.getByText(`${PAYLOAD} RAO`.toUpperCase(), { exact: true }).waitFor();
    await expect(dialog.preview.locator('script').count()).resolves.toBe(0);
    mkdirSync(screenshotsDir, { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotsDir, 'chromium-labels-dialog.png') });

    const file = join(out, 'labels.pdf');
    const name = await dialog.savePdf(file);
    expect(name).toMatch(/^sampark-labels-l7160-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(file);
    expect(text).toContain('नई दिल्ली 110024');
    expect(text).toContain(PAYLOAD.toUpperCase());
    expect(text).not.toContain('QUIET PERSON');
    const [size] = pdfPageSizes(file);
    expect(Math.abs(size!.widthPt - 595.28)).toBeLessThanOrEqual(0.5);
    await page.getByText(t('labels.saved', { formatted: 2 })).waitFor();
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();

    const calibration = join(out, 'calibration.pdf');
    await dialog.savePdf(calibration, dialog.calibrationButton);
    expect(pdfText(calibration)).toContain('Actual size / 100 %');
  });

  it('prints one contact’s label from its detail', async () => {
    await callServed(served, 'contacts.create', { givenName: 'Asha', familyName: 'Sharma', addresses: [{ label: 'home', street: '12 MG Road', locality: 'Chennai', postalCode: '600001', country: 'India' }] });
    await callServed(served, 'contacts.create', { givenName: 'Ravi', familyName: 'Kumar', addresses: [{ label: 'home', street: '3 Anna Salai', locality: 'Chennai', postalCode: '600002', country: 'India' }] });
    await page.reload();
    const contacts = new ContactsPage(page);
    await contacts.open('Asha Sharma');
    await contacts.detail.getByRole('button', { name: t('labels.printOne') }).click();
    const dialog = new LabelsDialog(page, 'one');
    await dialog.summary(1, 1).waitFor();
    const file = join(out, 'one.pdf');
    await dialog.savePdf(file);
    const text = pdfText(file);
    expect(text).toContain('Asha Sharma');
    expect(text).not.toContain('Ravi Kumar');
    expect(pdfPageSizes(file)[0]).toEqual({ widthPt: 612, heightPt: 792 });

    // A custom sheet: saved, chosen, deleted, and back with Undo.
    await dialog.createCustomSheet('Shop stock 2 across', 2);
    await dialog.sheetPicker.filter({ hasText: 'Shop stock 2 across · Letter · 2 × 10' }).waitFor();
    await dialog.summary(1, 1).waitFor();
    await dialog.deleteCustomSheet();
    await dialog.sheetPicker.filter({ hasText: 'Avery 5160' }).waitFor();
    await dialog.dialog.getByRole('button', { name: t('common.undo') }).click();
    await dialog.sheetPicker.filter({ hasText: 'Shop stock 2 across' }).waitFor();
    await expect(callServed<{ items: { name: string; columns: number }[] }>(served, 'labels.sheets')).resolves.toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ name: 'Shop stock 2 across', columns: 2 })]),
    });
  });
});
