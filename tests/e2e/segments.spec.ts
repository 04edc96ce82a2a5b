import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactFilter } from './pages/ContactFilter';
import { ContactsPage } from './pages/ContactsPage';
import { callServed } from './support/serve';
import { t } from './support/strings';
import { forEachTarget, type RunningApp } from './support/targets';

const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');

/** Arranges data through the served core, as a script on the same machine could (with this tab's token). */
function core(app: RunningApp) {
  return async <T>(method: string, input: unknown) => {
    const url = new URL(app.page.url());
    url.searchParams.set('token', await app.page.evaluate(() => sessionStorage.getItem('sampark.token') ?? ''));
    return callServed<T>({ url: url.href, dataDir: app.dataDir, stop: () => Promise.resolve() }, method, input);
  };
}

const PEOPLE = [
  { givenName: 'Anand', familyName: 'Raman', addresses: [{ locality: 'Chennai' }], lifecycleStage: 'customer' },
  { givenName: 'மீனா', familyName: 'சுந்தரம்', addresses: [{ locality: 'Chennai' }], lifecycleStage: 'lead' },
  { givenName: 'Kavya', familyName: 'Iyer', addresses: [{ locality: 'chennai' }], tags: ['Pongal'] },
  { givenName: 'प्रिया', familyName: 'शर्मा', addresses: [{ locality: 'Mumbai' }] },
  { givenName: 'Ravi', familyName: 'Kumar' },
];

forEachTarget('segments', (app) => {
  it('builds a saved segment, tags everyone in it at once, and undoes the tagging', async () => {
    const { page, target } = app();
    const call = core(app());
    for (const person of PEOPLE) await call('contacts.create', person);
    await page.reload();
    const shell = new AppShell(page);
    await shell.goTo('contacts');
    const contacts = new ContactsPage(page);
    const filter = new ContactFilter(page);
    const shot = (name: string) => page.screenshot({ path: join(outDir, `${target}-segments-${name}.png`) });
    mkdirSync(outDir, { recursive: true });

    await contacts.waitForSummary(t('contacts.count_other', { formatted: '5' }));
    await filter.showColumn('tags');
    await filter.open();
    await filter.addCondition('city', 'is', 'Chennai');
    await contacts.waitForSummary(t('segments.matching', { matching: '3', total: '5' }));
    await expect(contacts.rows.count()).resolves.toBe(3);
    await contacts.row('Ravi Kumar').waitFor({ state: 'detached' });
    await shot('filter');

    await filter.saveAsSegment('Chennai');
    await shell.notice(t('segments.segment.saved', { name: 'Chennai' })).waitFor();
    await expect(filter.segmentPicker.textContent()).resolves.toBe('Chennai');

    // Back to everyone, then the saved segment applies its filter again.
    await filter.chooseSegment(t('segments.segment.all'));
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '5' }));
    await filter.chooseSegment('Chennai');
    await contacts.waitForSummary(t('segments.matching', { matching: '3', total: '5' }));

    await filter.selectShown();
    await filter.bulkBar.getByText(t('segments.select.selected', { formatted: '3' })).waitFor();
    await shot('selected');
    await filter.bulk('addTag', 'Diwali');
    await shell.notice(t('segments.bulk.done_other', { formatted: '3' })).waitFor();
    await contacts.list.getByText('Diwali, Pongal', { exact: true }).waitFor();
    await expect(contacts.list.getByText(/Diwali/).count()).resolves.toBe(3);
    await shot('tagged');

    await shell.undo();
    await shell.notice(t('segments.bulk.undone_other', { formatted: '3' })).waitFor();
    await contacts.list.getByText(/Diwali/).first().waitFor({ state: 'detached' });
    await contacts.list.getByText('Pongal', { exact: true }).waitFor();
    const tagged = await call<{ count: number }>('segments.count', { filter: { conditions: [{ field: 'tag', op: 'has', value: 'Diwali' }] } });
    expect(tagged.count).toBe(0);
  });

  it('sorts by a column, ticks a range with Shift, and says when nothing matches', async () => {
    const { page } = app();
    const call = core(app());
    for (const person of PEOPLE) await call('contacts.create', person);
    await page.reload();
    await new AppShell(page).goTo('contacts');
    const contacts = new ContactsPage(page);
    const filter = new ContactFilter(page);
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '5' }));

    await filter.sortBy('city');
    // Ravi has no city: blanks first, then Chennai (any case) by name, then Mumbai.
    await expect.poll(() => filter.rowNames()).toEqual(['Ravi Kumar', 'Anand Raman', 'Kavya Iyer', 'மீனா சுந்தரம்', 'प्रिया शर्मा']);

    await filter.rowCheckbox('Ravi Kumar').click();
    await filter.rowCheckbox('மீனா சுந்தரம்').click({ modifiers: ['Shift'] });
    await filter.bulkBar.getByText(t('segments.select.selected', { formatted: '4' })).waitFor();
    await filter.bulkBar.getByRole('button', { name: t('segments.select.clear') }).click();
    await filter.bulkBar.waitFor({ state: 'detached' });

    await filter.open();
    await filter.addCondition('city', 'is', 'Pune');
    await page.getByRole('heading', { name: t('segments.empty.title') }).waitFor();
    await page.getByRole('button', { name: t('segments.empty.clear') }).last().click();
    await contacts.waitForSummary(t('contacts.count_other', { formatted: '5' }));
  });
});
