// Follow-ups other domains ask for (chase a payment, offer a reorder): an all-day reminder on the
// day the request is due, in this machine's time zone, linked to the same contact or company.
import { ReminderFields } from '../../../src-shared/contract/reminders';
import type { Clock } from './clock';
import type { RemindersService } from './reminders.service';
import { localDate } from './zoned-time';

export interface FollowUpRequest {
  contactId: string | null;
  companyId: string | null;
  title: string;
  dueAtMs: number;
}

export function createFollowUp(reminders: RemindersService, clock: Clock) {
  return (request: FollowUpRequest): string =>
    reminders.create(
      ReminderFields.parse({
        title: request.title.slice(0, 200),
        due: { kind: 'date', date: localDate(request.dueAtMs, clock.timeZone()) },
        contactId: request.contactId,
        companyId: request.companyId,
      }),
    ).id;
}
