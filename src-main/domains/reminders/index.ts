export { systemClock, systemTimers, type Clock, type Timers } from './clock';
export { remindersHandlers } from './reminders.handlers';
export { createRemindersService, type RemindersService } from './reminders.service';
export { createRemindersQueries, type RemindersQueries } from './reminders.queries';
export { createBirthdays, birthdayIn, nextBirthday, type Birthdays } from './birthdays';
export { birthdayGreeting, birthdayTitle } from './birthday-greetings';
export { createReminderSettings, type ReminderSettingsStore } from './reminder-settings';
export { startReminderScheduler, type ReminderScheduler } from './reminders.scheduler';
export { isEndless, normalizeRule, occurrences, wallOfDue } from './recurrence';
export { addDays, instantOf, isTimeZone, localDate, startOfDay, wallOf } from './zoned-time';
/** A clock and timers that tests move by hand (other domains' tests and integration tests use them too). */
export { testClock, testTimers, type TestClock } from './test-clock';
export { remindersTimelineSource, REMINDER_DONE } from './reminders-timeline-source';
export { createFollowUp, type FollowUpRequest } from './follow-up';
