import type { calendar } from '../../../src-shared/contract/reminders';
import type { DomainHandlers } from '../../../src-shared/contract/method';
import type { CalendarInput } from './calendar-export';
import { buildCalendar, CALENDAR_FILE } from './calendar-export';
import type { LiveCalendar } from './live-calendar';

export function calendarHandlers(input: () => CalendarInput, live: LiveCalendar): DomainHandlers<typeof calendar> {
  return {
    export: ({ fromDate, toDate, kinds }) => {
      const all = input();
      const { content, events } = buildCalendar({
        ...all,
        reminders: kinds.includes('reminders') ? all.reminders : [],
        birthdays: kinds.includes('birthdays') ? all.birthdays : [],
        fromDate,
        toDate,
      });
      return { fileName: CALENDAR_FILE, mediaType: 'text/calendar', content, events };
    },
    writeLive: () => live.writeNow(),
  };
}
