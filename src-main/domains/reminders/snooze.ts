// Where a snooze lands: in an hour, tomorrow at 9:00, next Monday at 9:00, or a picked moment.
import type { Snooze } from '../../../src-shared/contract/reminders';
import { AppError } from '../../rpc/app-error';
import type { Clock } from './clock';
import { addDays, atLocalHour, localDate, wallOfIsoDate } from './zoned-time';

export const SNOOZE_HOUR = 9;
const HOUR_MS = 3_600_000;

export function snoozeUntil(snooze: Snooze, clock: Clock): number {
  const now = clock.now();
  const zone = clock.timeZone();
  const today = localDate(now, zone);
  switch (snooze.kind) {
    case 'hour':
      return now + HOUR_MS;
    case 'tomorrow':
      return atLocalHour(addDays(today, 1), SNOOZE_HOUR, zone);
    case 'nextWeek': {
      // getUTCDay of a wall date is the local weekday; Monday is 1.
      const weekday = new Date(wallOfIsoDate(today)).getUTCDay();
      const toMonday = ((8 - weekday) % 7) || 7;
      return atLocalHour(addDays(today, toMonday), SNOOZE_HOUR, zone);
    }
    case 'until':
      if (snooze.atMs <= now) throw new AppError('invalid_input', 'snooze: pick a moment in the future');
      return snooze.atMs;
  }
}
