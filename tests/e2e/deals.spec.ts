// The pipeline through the UI: create deals, drag one through the stages to Won, move another with
// the keyboard and the "Move to…" menu to Lost (with a reason), and watch the stage totals follow.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { DealsPage } from './pages/DealsPage';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

const screenshots = join(resolve(import.meta.dirname, '..', '..'), 'test-results', 'screenshots');
const totalLine = (total: string, weighted: string) => t('deals.board.total', { amount: total }) + t('deals.board.weighted', { amount: weighted });

forEachTarget('deals', (app) => {
  it('drags a deal to Won, moves another with the keyboard to Lost, and totals follow', async () => {
    const { page, target } = app();
    const deals = new DealsPage(page);
    await deals.open();
    await page.getByRole('heading', { name: t('deals.empty.title') }).waitFor();

    await deals.create({ title: 'Solar panels', value: '125000.50', newCompany: 'Surya Traders' });
    await expect.poll(() => deals.count('New').textContent()).toBe('1');
    // ₹1,25,000.50 at the New stage's 10 %: lakh grouping, weighted to the paisa.
    await expect.poll(() => deals.totals('New').allTextContents()).toEqual([totalLine('₹1,25,000.50', '₹12,500.05')]);

    await deals.drag('Solar panels', 'Qualified');
    await expect.poll(() => deals.count('Qualified').textContent()).toBe('1');
    await expect.poll(() => deals.totals('Qualified').allTextContents()).toEqual([totalLine('₹1,25,000.50', '₹31,250.13')]);
    expect(await deals.count('New').textContent()).toBe('0');
    await deals.drag('Solar panels', 'Proposal');
    await expect.poll(() => deals.count('Proposal').textContent()).toBe('1');
    await deals.drag('Solar panels', 'Won');
    await expect.poll(() => deals.totals('Won').allTextContents()).toEqual([totalLine('₹1,25,000.50', '₹1,25,000.50')]);
    await expect.poll(() => deals.totals('Proposal').count()).toBe(0);

    await deals.create({ title: 'Uniforms', value: '900' });
    await deals.card('Uniforms').waitFor();
    await deals.nudge('Uniforms', 'ArrowRight');
    await expect.poll(() => deals.count('Qualified').textContent()).toBe('1');
    await expect.poll(() => deals.announcement.textContent()).toBe(t('deals.board.moved', { title: 'Uniforms', stage: 'Qualified' }));
    // Focus stays on the moved card, so it can move again straight away.
    await expect.poll(() => deals.card('Uniforms').evaluate((el) => el === document.activeElement)).toBe(true);
    await deals.nudge('Uniforms', 'ArrowRight');
    await expect.poll(() => deals.count('Proposal').textContent()).toBe('1');

    await deals.moveWithMenu('Uniforms', 'Lost');
    await deals.giveLostReason('Uniforms', 'Price too high');
    await expect.poll(() => deals.count('Lost').textContent()).toBe('1');
    await expect.poll(() => deals.totals('Lost').allTextContents()).toEqual([totalLine('₹900.00', '₹0.00')]);

    mkdirSync(screenshots, { recursive: true });
    await page.mouse.move(1200, 780);
    await page.screenshot({ path: join(screenshots, `${target}-deals-board.png`) });

    await deals.showTab('forecast');
    const stats = page.getByTestId('forecast-stats');
    await expect.poll(() => stats.textContent()).toContain(t('deals.forecast.winRateValue', { percent: '50 %', won: 1, lost: 1 }));
    await page.screenshot({ path: join(screenshots, `${target}-deals-forecast.png`) });

    await deals.showTab('list');
    await page.getByRole('row', { name: /Solar panels/ }).click();
    const dialog = page.getByRole('dialog', { name: t('deals.form.editTitle') });
    const history = dialog.getByRole('region', { name: t('deals.history.title') }).getByRole('listitem');
    await expect.poll(() => history.allTextContents()).toHaveLength(4);
    expect((await history.first().textContent())?.startsWith(t('deals.history.move', { from: 'Proposal', to: 'Won' }))).toBe(true);
    await dialog.getByRole('button', { name: t('deals.form.delete') }).click();
    await page.getByRole('alert').filter({ hasText: t('deals.form.deleted', { title: 'Solar panels' }) }).waitFor();
    await page.getByRole('button', { name: t('common.undo') }).click();
    await page.getByRole('row', { name: /Solar panels/ }).waitFor();

    // The company's detail lists its deal and the stage moves.
    await page.getByRole('navigation').getByRole('link', { name: t('nav.companies'), exact: true }).click();
    await page.getByRole('list', { name: t('companies.listLabel') }).getByRole('link', { name: /Surya Traders/ }).click();
    const section = page.getByRole('region', { name: t('deals.section.title') });
    await section.getByText('Solar panels · Won · ₹1,25,000.50').waitFor();
    await section.getByText(t('deals.section.move', { title: 'Solar panels', from: 'Proposal', to: 'Won' }), { exact: false }).waitFor();
    await page.mouse.move(1200, 780);
    await page.screenshot({ path: join(screenshots, `${target}-company-deals.png`) });
  });

  it('edits stages: rename and reweight a stage, add one, reorder it, and delete it only when empty', async () => {
    const { page } = app();
    const deals = new DealsPage(page);
    await deals.open();
    await deals.create({ title: 'Catering', value: '1000' });
    const dialog = await deals.editStages();
    const newRow = deals.stageRow(dialog, 'New');
    await newRow.getByRole('textbox', { name: t('deals.stages.name'), exact: true }).fill('Enquiry');
    await newRow.getByRole('textbox', { name: t('deals.stages.probability') }).fill('15');
    await dialog.getByRole('textbox', { name: t('deals.stages.pipelineName') }).click();
    await deals.stageRow(dialog, 'Enquiry').waitFor();
    expect(await deals.stageRow(dialog, 'Enquiry').getByRole('button', { name: /has 1 deals/ }).isDisabled()).toBe(true);

    await dialog.getByRole('textbox', { name: t('deals.stages.newStage') }).fill('Site visit');
    await dialog.getByRole('button', { name: t('deals.stages.add') }).click();
    await deals.stageRow(dialog, 'Site visit').getByRole('button', { name: t('deals.stages.up', { name: 'Site visit' }) }).click();
    const names = () => dialog.getByRole('textbox', { name: t('deals.stages.name'), exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(names).toEqual(['Enquiry', 'Qualified', 'Proposal', 'Site visit', 'Negotiation', 'Won', 'Lost']);
    await dialog.getByRole('button', { name: t('deals.stages.delete', { name: 'Site visit' }) }).click();
    await expect.poll(names).toEqual(['Enquiry', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `${app().target}-deals-stages.png`) });
    await dialog.getByRole('button', { name: t('common.close') }).click();

    await expect.poll(() => deals.totals('Enquiry').allTextContents()).toEqual([totalLine('₹1,000.00', '₹150.00')]);
  });
});
