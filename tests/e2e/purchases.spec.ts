// Sales through the UI: record a sale with two lines for a contact, take a partial payment, see the
// balance and its ageing in receivables, and the customer's purchase summary on the contact.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { SalesPage } from './pages/SalesPage';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('sales', (app) => {
  it('records a two-line sale and a partial payment, then shows balance, ageing and the customer summary', async () => {
    const { page, target } = app();
    const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
    mkdirSync(outDir, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: join(outDir, `${target}-sales-${name}.png`) });
    const sales = new SalesPage(page);
    const contacts = new ContactsPage(page);
    // Two catalogue products and a customer, typed through the UI.
    await sales.goTo('products');
    for (const [name, price, tax] of [['Basmati rice 5 kg', '640', '5'], ['Filter coffee', '310.50', '']] as const) {
      await page.getByRole('main').getByRole('button', { name: t('sales.products.add') }).first().click();
      await sales.dialog.getByRole('textbox', { name: t('sales.products.name') }).fill(name);
      await sales.dialog.getByRole('textbox', { name: t('sales.price') }).fill(price);
      if (tax) await sales.dialog.getByRole('textbox', { name: t('sales.taxPercent') }).fill(tax);
      await sales.save();
    }
    await page.getByRole('table', { name: t('sales.products.title') }).getByText('Filter coffee').waitFor();
    await shot('products');
    await contacts.create({ givenName: 'Meena', familyName: 'Pillai' });

    await sales.goTo('purchases');
    await sales.recordSale('Meena Pillai', [{ product: 'Basmati rice 5 kg', qty: '2' }, { product: 'Filter coffee', qty: '1.5' }], 'INV-42');
    // 2 × ₹640 + 5 % = ₹1,344.00; 1.5 × ₹310.50 = ₹465.75 (465.75 exactly).
    await expect.poll(() => sales.draftTotal.textContent()).toContain('₹1,809.75');
    await shot('record-sale');
    await sales.save();
    await expect.poll(() => sales.amount('total').textContent()).toBe('₹1,809.75');

    await sales.recordPayment('1000');
    await expect.poll(() => sales.amount('paid').textContent()).toBe('₹1,000.00');
    await expect.poll(() => sales.amount('balance').textContent()).toBe('₹809.75');
    await shot('purchase-detail');

    // Due on the day of the sale (no terms): owed and current today.
    await sales.goTo('receivables');
    const row = sales.receivableRow('Meena Pillai');
    await row.waitFor();
    const current = await sales.columnIndex('sales.ageing.current');
    await expect.poll(() => row.getByRole('cell').nth(current).textContent()).toBe('₹809.75');
    await shot('receivables');

    await new AppShell(page).goTo('contacts');
    await contacts.open('Meena Pillai');
    const summary = contacts.detail.getByRole('region', { name: t('sales.summary.title') });
    await expect.poll(() => summary.textContent()).toContain(`${t('sales.summary.revenue')}₹1,809.75`);
    expect(await summary.textContent()).toContain(`${t('sales.balance')}₹809.75`);
    expect(await summary.textContent()).toContain('INV-42');
    await shot('contact-summary');
  });
});
