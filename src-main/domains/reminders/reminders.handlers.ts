import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { reminders } from '../../../src-shared/contract/reminders';
import type { Birthdays } from './birthdays';
import type { ReminderSettingsStore } from './reminder-settings';
import type { RemindersQueries } from './reminders.queries';
import type { RemindersService } from './reminders.service';

export function remindersHandlers(
  service: RemindersService,
  queries: RemindersQueries,
  birthdays: Birthdays,
  settings: ReminderSettingsStore,
  /** E.g. write the live calendar at once when its folder was just chosen. */
  afterSettingsChange: (patch: { calendarFolder?: unknown }) => void = () => {},
): DomainHandlers<typeof reminders> {
  return {
    list: ({ filter, limit, contactId, companyId }) => queries.list(filter, limit, { contactId, companyId }),
    get: ({ id }) => service.get(id),
    create: (fields) => service.create(fields),
    update: ({ id, fields }) => service.update(id, fields),
    delete: ({ id }) => service.delete(id),
    restore: ({ id }) => service.restore(id),
    complete: ({ id }) => service.complete(id),
    undoComplete: ({ completionId }) => service.undoComplete(completionId),
    snooze: ({ id, snooze }) => service.snooze(id, snooze),
    completedFor: (input) => service.completedFor('contactId' in input ? { contactId: input.contactId } : { companyId: input.companyId }, input.beforeMs, input.limit),
    preview: ({ due, rrule, count }) => service.preview(due, rrule, count),
    birthdays: ({ days }) => ({ items: birthdays.upcoming(days) }),
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const updated = settings.update(patch);
      afterSettingsChange(patch);
      return updated;
    },
  };
}
