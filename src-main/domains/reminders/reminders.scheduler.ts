// While the app runs: a timer to the next due moment emits `reminders.due` for each reminder that
// came due since the last check, and for birthdays at 9:00 on each reminding day. A wake from
// sleep (or any change) checks again at once, so what came due while asleep is told on resume.
import type { AppEvent } from '../../../src-shared/contract/events';
import type { Birthday, Reminder } from '../../../src-shared/contract/reminders';
import type { Clock, Timers } from './clock';
import { SNOOZE_HOUR } from './snooze';
import { addDays, atLocalHour, localDate } from './zoned-time';

/** A timer never waits longer than this (clock changes, long sleeps, setTimeout's 24.8-day limit). */
const MAX_WAIT_MS = 3_600_000;

export type DueNotice = Extract<AppEvent, { type: 'reminders.due' }>;

export interface SchedulerSources {
  clock: Clock;
  timers: Timers;
  dueBetween(fromMs: number, toMs: number): Reminder[];
  nextDueAfter(ms: number): number | null;
  /** Birthdays on a date, `daysBefore` days ahead of it (0 = that day). */
  birthdaysOn(date: string): Birthday[];
  birthdayDaysBefore(): number[];
  emit(notice: DueNotice): void;
}

export interface ReminderScheduler {
  /** Checks now and re-arms the timer (after a change, or on resume from sleep). */
  poke(): void;
  stop(): void;
}

export function reminderNotice(reminder: Reminder): DueNotice {
  return {
    type: 'reminders.due',
    kind: 'reminder',
    id: reminder.id,
    title: reminder.title,
    body: [reminder.contactName, reminder.companyName].filter(Boolean).join(' · '),
    contactId: reminder.contactId,
    companyId: reminder.companyId,
    dueAtMs: reminder.dueKeyMs,
  };
}

export function startReminderScheduler(sources: SchedulerSources): ReminderScheduler {
  const { clock, timers } = sources;
  let checkedUpTo = clock.now();
  let handle: unknown;
  let isStopped = false;

  /** Birthday notices fall at 9:00 local on each reminding day in (from, to]. */
  function birthdayNotices(from: number, to: number): DueNotice[] {
    const zone = clock.timeZone();
    const notices: DueNotice[] = [];
    // At most a week of days after a long sleep: older notices are stale.
    const firstDay = localDate(Math.max(from, to - 7 * 86_400_000), zone);
    for (let day = firstDay; day <= localDate(to, zone); day = addDays(day, 1)) {
      const at = atLocalHour(day, SNOOZE_HOUR, zone);
      if (at <= from || at > to) continue;
      for (const daysBefore of sources.birthdayDaysBefore()) {
        for (const birthday of sources.birthdaysOn(addDays(day, daysBefore))) {
          notices.push({
            type: 'reminders.due',
            kind: 'birthday',
            id: birthday.contactId,
            title: birthday.greeting,
            // The greeting names the contact; on a day before, the date says when.
            body: daysBefore === 0 ? '' : birthday.nextDate,
            contactId: birthday.contactId,
            companyId: null,
            dueAtMs: at,
          });
        }
      }
    }
    return notices;
  }

  function nextWake(after: number): number {
    const zone = clock.timeZone();
    const today = localDate(after, zone);
    const nineToday = atLocalHour(today, SNOOZE_HOUR, zone);
    const nextNine = nineToday > after ? nineToday : atLocalHour(addDays(today, 1), SNOOZE_HOUR, zone);
    const nextReminder = sources.nextDueAfter(after);
    return nextReminder === null ? nextNine : Math.min(nextNine, nextReminder);
  }

  function check() {
    if (isStopped) return;
    timers.clear(handle);
    const now = clock.now();
    if (now > checkedUpTo) {
      const notices = [...sources.dueBetween(checkedUpTo, now).map(reminderNotice), ...birthdayNotices(checkedUpTo, now)];
      checkedUpTo = now;
      for (const notice of notices) sources.emit(notice);
    }
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, nextWake(now) - now));
    handle = timers.set(check, wait);
  }

  check();
  return {
    poke: check,
    stop() {
      isStopped = true;
      timers.clear(handle);
    },
  };
}
