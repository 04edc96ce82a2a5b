import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The contact list's segment picker, filter panel, columns, selection and bulk actions. */
export class ContactFilter {
  constructor(private readonly page: Page) {}

  private get main(): Locator {
    return this.page.getByRole('main');
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: t('segments.filter.panelLabel') });
  }

  get bulkBar(): Locator {
    return this.page.getByRole('toolbar', { name: t('segments.bulk.label') });
  }

  async open(): Promise<void> {
    const button = this.main.getByRole('button', { name: t('segments.filter.button'), exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await this.panel.waitFor();
  }

  /** Picks `option` in an MUI select; opens the menu again if a click landed during an animation. */
  async choose(select: Locator, option: string): Promise<void> {
    const listbox = this.page.getByRole('listbox');
    for (let attempt = 0; ; attempt++) {
      await select.click();
      try {
        await listbox.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 2) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await listbox.getByRole('option', { name: option, exact: true }).click();
    await listbox.waitFor({ state: 'detached' });
  }

  /** Adds "field op value", e.g. ('city', 'is', 'Chennai'); field and op are catalogue keys. */
  async addCondition(field: string, op: string, value?: string): Promise<void> {
    await this.panel.getByRole('button', { name: t('segments.filter.add') }).click();
    const n = await this.panel.getByRole('group').count();
    const group = t('segments.filter.condition', { n });
    await this.choose(this.panel.getByRole('combobox', { name: `${t('segments.filter.field')} (${group})` }), t(`segments.fields.${field}`));
    await this.choose(this.panel.getByRole('combobox', { name: `${t('segments.filter.op')} (${group})` }), t(`segments.ops.${op}`));
    if (value !== undefined) await this.panel.getByLabel(`${t('segments.filter.value')} (${group})`, { exact: true }).fill(value);
  }

  async saveAsSegment(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: t('segments.segment.save') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('segments.segment.saveTitle') });
    await dialog.getByLabel(t('segments.segment.name')).fill(name);
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  get segmentPicker(): Locator {
    return this.main.getByRole('combobox', { name: t('segments.segment.picker') });
  }

  async chooseSegment(name: string): Promise<void> {
    await this.choose(this.segmentPicker, name);
  }

  async showColumn(column: string): Promise<void> {
    await this.main.getByRole('button', { name: t('segments.columns.button') }).click();
    await this.page.getByRole('menuitemcheckbox', { name: t(`segments.columns.${column}`) }).click();
    await this.page.keyboard.press('Escape');
  }

  async sortBy(column: string): Promise<void> {
    await this.main.getByRole('button', { name: t('segments.columns.sortBy', { column: t(`segments.columns.${column}`) }) }).click();
  }

  rowCheckbox(name: string): Locator {
    return this.main.getByRole('checkbox', { name: t('segments.select.row', { name }) });
  }

  /** Names of the rows in the DOM, top to bottom. */
  async rowNames(): Promise<string[]> {
    const prefix = t('segments.select.row', { name: '' });
    const labels = await this.main.getByRole('listitem').getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.slice(prefix.length));
  }

  async selectShown(): Promise<void> {
    await this.main.getByRole('checkbox', { name: t('segments.select.shown') }).check();
    await this.bulkBar.waitFor();
  }

  /** A bulk action that asks for a value first: addTag, removeTag, setOwner (typed) … */
  async bulk(action: 'addTag' | 'removeTag' | 'setOwner', value: string): Promise<void> {
    await this.bulkBar.getByRole('button', { name: t(`segments.bulk.${action}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: t(`segments.bulk.${action}`) });
    await dialog.getByRole('combobox').fill(value);
    await dialog.getByRole('button', { name: /^Apply to / }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
