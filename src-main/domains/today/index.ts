import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { today } from '../../../src-shared/contract/reminders';
import type { TodayService } from './today.service';

export { createTodayService, type TodayService } from './today.service';

export function todayHandlers(service: TodayService): DomainHandlers<typeof today> {
  return { get: ({ limit }) => service.get(limit) };
}
