import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { TimelinePanel } from './pages/TimelinePanel';
import { t } from './support/strings';
import { forEachTarget } from './support/targets';

forEachTarget('timeline', (app) => {
  it('logs a call with an outcome by keyboard shortcut, shows it with attribution, edits it and deletes it with Undo', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const timeline = new TimelinePanel(page, contacts.detail);

    await contacts.create({ givenName: 'Asha', familyName: 'Iyer' });
    await contacts.detailName.filter({ hasText: 'Asha Iyer' }).waitFor();
    await timeline.region.getByText(t('interactions.timeline.empty')).waitFor();
    await expect(timeline.stat('last-contacted').textContent()).resolves.toContain(t('interactions.stats.never'));

    // Two keystrokes: the dialog opens with the contact on screen, a call, outbound, now.
    const dialog = await timeline.logWithShortcut();
    await dialog.participant('Asha Iyer').waitFor();
    await expect(dialog.dialog.getByRole('combobox', { name: t('interactions.kind') }).textContent()).resolves.toBe(t('interactions.kinds.call'));
    await dialog.chooseOutcome('reached');
    await dialog.fillSubject('Diwali order for 40 boxes');
    await dialog.save();

    const entry = timeline.entry('Diwali order for 40 boxes');
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain(t('interactions.outcomes.reached'));
    await expect(entry.getByTestId('logged-by').textContent()).resolves.toBe(
      t('interactions.timeline.loggedBy', { who: t('interactions.timeline.thisMachine') }),
    );
    await timeline.stat('interaction-count').getByText('1', { exact: true }).waitFor();
    await expect(timeline.stat('last-contacted').textContent()).resolves.not.toContain(t('interactions.stats.never'));

    // Edit: it was not answered after all; last contacted goes back to never, last attempt is set.
    const edit = await timeline.edit('Diwali order for 40 boxes');
    await edit.chooseOutcome('no-answer');
    await edit.fillSubject('Diwali order, call back');
    await edit.save();
    await timeline.entry('Diwali order, call back').getByText(t('interactions.outcomes.no-answer')).waitFor();
    await timeline.stat('last-contacted').getByText(t('interactions.stats.never')).waitFor();
    await expect(timeline.stat('last-attempt').textContent()).resolves.not.toContain(t('interactions.stats.never'));

    // Delete, then Undo brings it back.
    await timeline.delete('Diwali order, call back');
    await shell.notice(t('interactions.deleted')).waitFor();
    await timeline.entry('Diwali order, call back').waitFor({ state: 'detached' });
    await timeline.stat('interaction-count').getByText('0', { exact: true }).waitFor();
    await shell.undo();
    await timeline.entry('Diwali order, call back').waitFor();
    await timeline.stat('interaction-count').getByText('1', { exact: true }).waitFor();
  });
});
