import { expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { TimelinePanel } from './pages/TimelinePanel';
import { TodayPage } from './pages/TodayPage';
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

forEachTarget('timeline guards and email drop', (app) => {
  it('warns when a contact has had enough outbound contact, and logs dropped .eml files onto the contact', async () => {
    const { page } = app();
    const contacts = new ContactsPage(page);
    const timeline = new TimelinePanel(page, contacts.detail);
    const shell = new AppShell(page);

    await contacts.create({ givenName: 'Ravi', familyName: 'Kumar', emails: ['ravi@example.in'] });
    await contacts.detailName.filter({ hasText: 'Ravi Kumar' }).waitFor();
    for (const subject of ['Price list', 'Reminder about the price list']) {
      const dialog = await timeline.logWithShortcut();
      await dialog.fillSubject(subject);
      await dialog.save();
      await timeline.entry(subject).waitFor();
    }
    // The third outbound contact within 7 days: a warning naming the earlier ones, and saving still works.
    const third = await timeline.logWithShortcut();
    await third.fatigueWarning.waitFor();
    await expect(third.fatigueWarning.textContent()).resolves.toContain('Reminder about the price list');
    await third.fillSubject('Third call');
    await third.save();
    await timeline.entry('Third call').waitFor();

    await timeline.dropFiles({
      'reply.eml': 'From: Ravi <ravi@example.in>\r\nTo: shop@example.in\r\nSubject: Re: price list\r\nDate: Tue, 3 Nov 2026 10:00:00 +0530\r\n\r\nLooks good, send 10 boxes.\r\n',
      'broken.eml': 'not an email at all',
    });
    await shell.notice('broken.eml').waitFor();
    const email = timeline.entry('Re: price list');
    await email.waitFor();
    await expect(email.textContent()).resolves.toContain(t('interactions.inbound'));
    await expect(email.textContent()).resolves.toContain('send 10 boxes');
  });
});

forEachTarget('timeline next step', (app) => {
  it('logs a call with a next step: the follow-up is due in Today, and once done it is on the timeline', async () => {
    const { page } = app();
    const shell = new AppShell(page);
    const contacts = new ContactsPage(page);
    const timeline = new TimelinePanel(page, contacts.detail);
    const today = new TodayPage(page);
    const now = new Date();
    const todayIso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

    await contacts.create({ givenName: 'Meena', familyName: 'Rao' });
    await contacts.detailName.filter({ hasText: 'Meena Rao' }).waitFor();
    const dialog = await timeline.logWithShortcut();
    await dialog.fillSubject('Asked for samples');
    await dialog.dialog.getByRole('textbox', { name: t('reminders.nextStep.title') }).fill('Send the samples');
    await dialog.dialog.getByLabel(t('reminders.nextStep.due')).fill(todayIso);
    await dialog.save();
    await timeline.entry('Asked for samples').waitFor();

    await today.open();
    await today.item('dueToday', 'Send the samples').waitFor();
    await today.done('Send the samples');
    await today.item('dueToday', 'Send the samples').waitFor({ state: 'detached' });

    await shell.goTo('contacts');
    await contacts.open('Meena Rao');
    const done = timeline.entry('Send the samples');
    await done.waitFor();
    await expect(done.textContent()).resolves.toContain(t('interactions.timeline.reminderDone'));
  });
});
