export { buildCalendar, CALENDAR_FILE, type CalendarInput } from './calendar-export';
export { calendarHandlers } from './calendar.handlers';
export { createLiveCalendar, writeFileAtomically, type LiveCalendar } from './live-calendar';
export { foldIcs } from './ics-fold';
export { checkIcsStructure } from './check-ics-structure';
