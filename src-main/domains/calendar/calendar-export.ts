// The .ics file (ical-generator): open reminders as events with an alarm at their moment — timed
// ones in UTC, recurring timed ones in their zone (with a VTIMEZONE) so DST keeps their local time,
// all-day ones as dates — recurring ones with their RRULE (a COUNT counts what is left), birthdays
// as yearly all-day events with an alarm at 9:00 on each reminding day. UIDs are `<id>@sampark`,
// so importing again updates the events instead of duplicating them.
import ical, { ICalAlarmType, ICalEventRepeatingFreq, type ICalEventData } from 'ical-generator';
import type { Birthday, Due, Reminder } from '../../../src-shared/contract/reminders';
import { addDays, birthdayIn, birthdayTitle, isEndless, nextBirthday, occurrences, wallOf, wallOfDue } from '../reminders';
import { foldIcs } from './ics-fold';
import { vtimezone } from './vtimezone';

const TIMED_EVENT_MS = 30 * 60_000;
const ALERT_HOUR_S = 9 * 3600;
export const CALENDAR_FILE = 'sampark.ics';

/** A Date whose local-time getters read a wall time: how ical-generator writes a TZID time without a zone library. */
class WallClockDate extends Date {
  override getFullYear() { return this.getUTCFullYear(); }
  override getMonth() { return this.getUTCMonth(); }
  override getDate() { return this.getUTCDate(); }
  override getHours() { return this.getUTCHours(); }
  override getMinutes() { return this.getUTCMinutes(); }
  override getSeconds() { return this.getUTCSeconds(); }
  withTimeZone() { return this; }
}

export interface CalendarInput {
  reminders: Array<Reminder & { seriesStart: Due }>;
  birthdays: Birthday[];
  /** Birthday alarms: days before (0 = on the day), at 9:00. */
  birthdayDaysBefore: number[];
  fromDate?: string;
  toDate?: string;
  /** Stamps the file (DTSTAMP of birthdays); reminders use their last change. */
  nowMs: number;
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The RRULE going forward from the current occurrence: a COUNT is reduced by the ones already past. */
function remainingRule(reminder: Reminder & { seriesStart: Due }): string {
  const match = /(^|;)COUNT=(\d+)/.exec(reminder.rrule);
  if (!match) return reminder.rrule;
  const past = occurrences(reminder.rrule, reminder.seriesStart, { limit: Number(match[2]), untilWallMs: wallOfDue(reminder.due) }).length;
  return reminder.rrule.replace(/COUNT=\d+/, `COUNT=${Math.max(1, Number(match[2]) - past)}`);
}

function inRange(reminder: Reminder & { seriesStart: Due }, from?: string, to?: string): boolean {
  const date = reminder.due.kind === 'date' ? reminder.due.date : isoOfMs(reminder.due.atMs);
  if (to && date > to) return false;
  if (!from || date >= from || isEndless(reminder.rrule)) return true;
  if (reminder.rrule === '') return false;
  // A finite series that still reaches into the range.
  return occurrences(reminder.rrule, reminder.seriesStart, { limit: 1, after: { kind: 'date', date: addDays(from, -1) } }).length > 0;
}

function reminderEvent(reminder: Reminder & { seriesStart: Due }): ICalEventData {
  const base: Omit<ICalEventData, 'start'> = {
    id: `${reminder.id}@sampark`,
    summary: reminder.title,
    description: [reminder.contactName, reminder.companyName, reminder.notes].filter(Boolean).join('\n') || null,
    stamp: new Date(reminder.updatedAtMs),
    sequence: Math.max(0, Math.floor((reminder.updatedAtMs - reminder.createdAtMs) / 1000)),
    priority: reminder.priority === 'high' ? 1 : reminder.priority === 'low' ? 9 : 5,
    alarms: [{ type: ICalAlarmType.display, trigger: 0, description: reminder.title }],
  };
  const isRecurring = reminder.rrule !== '';
  const repeating = isRecurring ? remainingRule(reminder) : null;
  if (reminder.due.kind === 'date') {
    return { ...base, start: dateOf(reminder.due.date), allDay: true, repeating };
  }
  if (!isRecurring) {
    const at = reminder.snoozedUntilMs ?? reminder.due.atMs;
    return { ...base, start: new Date(at), end: new Date(at + TIMED_EVENT_MS) };
  }
  const wall = wallOf(reminder.due.atMs, reminder.due.timeZone);
  return {
    ...base,
    start: new WallClockDate(wall),
    end: new WallClockDate(wall + TIMED_EVENT_MS),
    timezone: reminder.due.timeZone,
    repeating,
  };
}

function birthdayEvent(birthday: Birthday, daysBefore: number[], year: number, nowMs: number): ICalEventData {
  const isLeapDay = birthday.birthday.endsWith('02-29');
  return {
    id: `birthday-${birthday.contactId}@sampark`,
    summary: birthdayTitle(birthday.contactName, birthday.greetingLanguage),
    description: birthday.greeting,
    start: dateOf(birthdayIn(birthday.birthday, year)),
    allDay: true,
    stamp: new Date(nowMs),
    // 29 February: the last day of February every year.
    repeating: isLeapDay ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : { freq: ICalEventRepeatingFreq.YEARLY },
    alarms: daysBefore.map((days) => {
      const secondsBefore = days * 86_400 - ALERT_HOUR_S;
      return { type: ICalAlarmType.display, trigger: secondsBefore, description: birthday.greeting };
    }),
  };
}

export function buildCalendar(input: CalendarInput): { content: string; events: number } {
  const zones = new Set<string>();
  const years: number[] = [new Date(input.nowMs).getUTCFullYear()];
  const calendar = ical({ name: 'Sampark', prodId: { company: 'Sampark', product: 'Sampark', language: 'EN' } });
  // Each event is written (and folded) on its own: ical-generator would fold the whole text once
  // more, which costs as much as writing it.
  const events: string[] = [];
  const add = (data: ICalEventData) => {
    events.push(foldIcs(calendar.createEvent(data).toString()));
    calendar.clear();
  };
  for (const reminder of input.reminders) {
    if (!inRange(reminder, input.fromDate, input.toDate)) continue;
    if (reminder.rrule !== '' && reminder.due.kind === 'time') {
      zones.add(reminder.due.timeZone);
      years.push(new Date(reminder.due.atMs).getUTCFullYear());
    }
    add(reminderEvent(reminder));
  }
  const year = Number((input.fromDate ?? isoOfMs(input.nowMs)).slice(0, 4));
  for (const birthday of input.birthdays) {
    if (input.toDate && nextBirthday(birthday.birthday, input.fromDate ?? isoOfMs(input.nowMs)) > input.toDate) continue;
    add(birthdayEvent(birthday, input.birthdayDaysBefore, year, input.nowMs));
  }
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years) + 10];
  const timezones = [...zones].map((zone) => foldIcs(vtimezone(zone, firstYear, lastYear)));
  const [head] = foldIcs(calendar.toString()).split('END:VCALENDAR');
  return { content: `${head}${timezones.join('')}${events.join('')}END:VCALENDAR\r\n`, events: events.length };
}
