import type { Locator, Page } from 'playwright-core';
import { t } from '../support/strings';

/** The log dialog (new or edit). */
export class LogInteractionDialog {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    title: 'new' | 'edit' = 'new',
  ) {
    this.dialog = page.getByRole('dialog', { name: t(title === 'new' ? 'interactions.logTitle' : 'interactions.editTitle') });
  }

  participant(name: string): Locator {
    return this.dialog.getByRole('button', { name });
  }

  private async choose(labelKey: string, optionKey: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: t(labelKey) }).click();
    await this.page.getByRole('option', { name: t(optionKey), exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  async chooseKind(code: string): Promise<void> {
    await this.choose('interactions.kind', `interactions.kinds.${code}`);
  }

  async chooseOutcome(code: string): Promise<void> {
    await this.choose('interactions.outcome', `interactions.outcomes.${code}`);
  }

  async fillSubject(text: string): Promise<void> {
    await this.dialog.getByLabel(t('interactions.subject'), { exact: true }).fill(text);
  }

  get fatigueWarning(): Locator {
    return this.dialog.getByTestId('fatigue-warning');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: t('common.save') }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}

/** A contact's or company's timeline with its Log button and history figures. */
export class TimelinePanel {
  constructor(
    private readonly page: Page,
    private readonly scope: Locator,
  ) {}

  get region(): Locator {
    return this.scope.getByRole('region', { name: t('interactions.timeline.label') });
  }

  get entries(): Locator {
    return this.region.getByTestId('timeline-entry');
  }

  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  stat(id: 'last-contacted' | 'last-attempt' | 'last-meeting' | 'interaction-count'): Locator {
    return this.scope.getByTestId(`stat-${id}`);
  }

  /** Ctrl+L (Cmd+L on macOS) from wherever the focus is. */
  async logWithShortcut(): Promise<LogInteractionDialog> {
    await this.page.keyboard.press('ControlOrMeta+l');
    const dialog = new LogInteractionDialog(this.page);
    await dialog.dialog.waitFor();
    return dialog;
  }

  async edit(text: string): Promise<LogInteractionDialog> {
    await this.entry(text).getByRole('button', { name: t('interactions.timeline.edit') }).click();
    const dialog = new LogInteractionDialog(this.page, 'edit');
    await dialog.dialog.waitFor();
    return dialog;
  }

  /** Drops files (name → text) onto the timeline, as from a file manager. */
  async dropFiles(files: Record<string, string>): Promise<void> {
    const transfer = await this.page.evaluateHandle((entries) => {
      const data = new DataTransfer();
      for (const [name, content] of entries) data.items.add(new File([content], name, { type: 'message/rfc822' }));
      return data;
    }, Object.entries(files));
    await this.region.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.region.dispatchEvent('drop', { dataTransfer: transfer });
  }

  async delete(text: string): Promise<void> {
    await this.entry(text).getByRole('button', { name: t('interactions.timeline.delete') }).click();
  }
}
