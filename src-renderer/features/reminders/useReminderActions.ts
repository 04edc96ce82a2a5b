import { useTranslation } from 'react-i18next';
import type { Reminder, Snooze } from '../../../src-shared/contract/reminders';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useNotify } from '../../components/Notifier';
import { useDueFormat } from './useDueFormat';

/** Done, snooze and delete, each with a message and (for done and delete) Undo in the snackbar. */
export function useReminderActions() {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useDueFormat();

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      notify({ message: describeError(t, error) });
    }
  };

  return {
    complete: (reminder: Reminder) =>
      attempt(async () => {
        const { reminder: after, completionId, isSeriesOver } = await api.reminders.complete({ id: reminder.id });
        const undo = { label: t('common.undo'), onClick: () => void attempt(async () => void (await api.reminders.undoComplete({ completionId }))) };
        notify({
          message: isSeriesOver ? t('reminders.done', { title: reminder.title }) : t('reminders.doneNext', { title: reminder.title, when: format.when(after) }),
          action: undo,
        });
      }),
    snooze: (reminder: Reminder, snooze: Snooze) =>
      attempt(async () => {
        const after = await api.reminders.snooze({ id: reminder.id, snooze });
        notify({ message: t('reminders.snoozed', { title: reminder.title, when: format.dayAndTime(after.snoozedUntilMs ?? after.dueKeyMs) }) });
      }),
    remove: (reminder: Reminder) =>
      attempt(async () => {
        await api.reminders.delete({ id: reminder.id });
        notify({
          message: t('reminders.deleted', { title: reminder.title }),
          action: { label: t('common.undo'), onClick: () => void attempt(async () => void (await api.reminders.restore({ id: reminder.id }))) },
        });
      }),
  };
}
