import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';
import { ContactsPage } from './pages/ContactsPage';
import { callServed } from './support/serve';
import { t } from './support/strings';
import { forEachTarget, type RunningApp } from './support/targets';

const HOUR_MS = 3600_000;
const outDir = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');

/** Arranges data through the served core, as a script on the same machine could (with this tab's token). */
function core(app: RunningApp) {
  return async <T>(method: string, input: unknown) => {
    const url = new URL(app.page.url());
    url.searchParams.set('token', await app.page.evaluate(() => sessionStorage.getItem('sampark.token') ?? ''));
    return callServed<T>({ url: url.href, dataDir: app.dataDir, stop: () => Promise.resolve() }, method, input);
  };
}

/** The response phrase around a relative time; the browser's ICU words the time itself ("6 hr ago", "6 hr. ago"). */
const responsePhrase = (key: 'due' | 'overdue', amount: number) =>
  new RegExp(t(`cases.response.${key}`, { when: '@' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('@', `\\D*${amount}\\D*`));

forEachTarget('cases', (app) => {
  it('opens a complaint, responds, resolves with a rating, and shows an old unanswered case as overdue', async () => {
    const running = app();
    const { page } = running;
    const call = core(running);
    await call('contacts.create', { givenName: 'Kavya', familyName: 'Iyer' });
    const suresh = await call<{ id: string }>('contacts.create', { givenName: 'Suresh', familyName: 'Menon' });
    // A high-priority case (24 h target) raised 30 hours ago and never answered: 6 hours overdue.
    await call('cases.open', { contactId: suresh.id, subject: 'Refund not received', priority: 'high', openedAtMs: Date.now() - 30 * HOUR_MS });

    const shell = new AppShell(page);
    const cases = new CasesPage(page);
    await shell.navItem(t('cases.nav')).click();
    await cases.item('Refund not received').getByText(responsePhrase('overdue', 6)).waitFor();

    await cases.openCase({ customer: 'Kavya Iyer', subject: 'Saree colour ran in the first wash', priority: 'urgent' });
    await cases.detail.getByRole('heading', { name: 'Saree colour ran in the first wash' }).waitFor();
    await cases.detail.getByText(responsePhrase('due', 4)).waitFor();

    await cases.respond('Apologised; a replacement is on its way');
    await cases.detail.getByText(t('cases.response.met')).waitFor();
    await cases.history.filter({ hasText: 'Apologised; a replacement is on its way' }).waitFor();

    await cases.resolve(4, 'Replacement delivered');
    await cases.detail.getByText(t('cases.rated', { rating: 4 })).first().waitFor();
    await expect(cases.history.allTextContents()).resolves.toEqual([
      expect.stringContaining(t('cases.event.opened')),
      expect.stringContaining('Apologised; a replacement is on its way'),
      expect.stringContaining(`${t('cases.event.resolved')} · ${t('cases.rated', { rating: 4 })}`),
    ]);
    await cases.item('Saree colour ran in the first wash').getByText(t('cases.status.resolved')).waitFor();
    await cases.item('Saree colour ran in the first wash').getByText(t('cases.rated', { rating: 4 })).waitFor();

    // The overdue filter keeps only the unanswered old case.
    await cases.showOnlyOverdue(true);
    await cases.item('Saree colour ran in the first wash').waitFor({ state: 'detached' });
    await cases.item('Refund not received').waitFor();
    await expect(cases.list.getByRole('listitem').count()).resolves.toBe(1);

    mkdirSync(outDir, { recursive: true });
    await cases.showOnlyOverdue(false);
    await cases.item('Saree colour ran in the first wash').waitFor();
    await page.screenshot({ path: join(outDir, `${running.target}-cases.png`) });

    // Reopening clears the rating; the contact's page lists the case.
    await cases.reopen();
    await cases.detail.getByRole('button', { name: t('cases.actions.resolve') }).waitFor();
    await expect(cases.detail.getByText(t('cases.rated', { rating: 4 })).count()).resolves.toBe(1); // only in the history
    const contacts = new ContactsPage(page);
    await shell.goTo('contacts');
    await contacts.open('Kavya Iyer');
    await contacts.detail.getByRole('list', { name: t('cases.section.title') }).getByRole('link', { name: 'Saree colour ran in the first wash' }).waitFor();
  });

  it('shows what to do when there are no cases, and deletes a case with Undo', async () => {
    const running = app();
    const { page } = running;
    const shell = new AppShell(page);
    await shell.navItem(t('cases.nav')).click();
    await page.getByRole('heading', { name: t('cases.empty.title') }).waitFor();
    await page.screenshot({ path: join(outDir, `${running.target}-cases-empty.png`) });

    const kavya = await core(running)<{ id: string }>('contacts.create', { givenName: 'Kavya' });
    await core(running)('cases.open', { contactId: kavya.id, subject: 'Wrong bill' });
    const cases = new CasesPage(page);
    await cases.item('Wrong bill').click();
    await cases.detail.getByRole('button', { name: t('cases.actions.delete') }).click();
    await page.getByRole('heading', { name: t('cases.empty.title') }).waitFor();
    await shell.undo();
    await cases.detail.getByRole('heading', { name: 'Wrong bill' }).waitFor();
    await cases.detail.getByText(responsePhrase('due', 48)).waitFor();

    // A shorter target in Settings re-dates the open case: normal priority, now 2 hours.
    await shell.goTo('settings');
    const normal = page.getByRole('textbox', { name: t('cases.targets.hours', { priority: t('cases.priority.normal') }) });
    await normal.fill('0');
    await page.getByText(t('cases.targets.invalid')).waitFor();
    await normal.fill('2');
    await page.getByRole('button', { name: t('cases.targets.save') }).click();
    await shell.notice(t('cases.targets.saved')).waitFor();
    await page.getByRole('region', { name: t('cases.targets.title') }).screenshot({ path: join(outDir, `${running.target}-case-targets.png`) });
    await shell.navItem(t('cases.nav')).click();
    await cases.item('Wrong bill').getByText(responsePhrase('due', 2)).waitFor();
  });
});
