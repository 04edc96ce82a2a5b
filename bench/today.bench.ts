// The Today view (today.get through dispatch: overdue and due-today reminders with totals, the
// week's birthdays, recently done) against the same reads in raw SQL, and the .ics export of
// 10,000 events against reading their rows raw. The seed gives about one reminder per two contacts.
import Database from 'better-sqlite3';
import type { Core } from '../src-main/boot';
import { buildCalendar } from '../src-main/domains/calendar';
import { addDays, createRemindersQueries, localDate, startOfDay, systemClock } from '../src-main/domains/reminders';
import { openSqlite } from '../src-main/db/open-database';
import { summarize, timeRepeated } from './measure';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const REPEATS = 100;
const WARM_UP = 10;
const TODAY_TARGET_MS = 20;
const ICS_EVENTS = 10_000;
const ICS_TARGET_MS = 1000;

function rawTodayQueries(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const open = `completed_at_ms IS NULL AND deleted_at_ms IS NULL`;
  const q = {
    overdue: db.prepare(
      `SELECT r.*, c.display_name, co.name FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = r.company_id
       WHERE r.${open.replaceAll(' AND ', ' AND r.')} AND r.due_key_ms < ? ORDER BY r.due_key_ms, r.id LIMIT 50`,
    ),
    today: db.prepare(
      `SELECT r.*, c.display_name, co.name FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = r.company_id
       WHERE r.${open.replaceAll(' AND ', ' AND r.')} AND r.due_key_ms >= ? AND r.due_key_ms < ? ORDER BY r.due_key_ms, r.id LIMIT 100`,
    ),
    countBefore: db.prepare(`SELECT count(*) FROM reminders WHERE ${open} AND due_key_ms < ?`).pluck(),
    countTimed: db.prepare(`SELECT count(*) FROM reminders WHERE ${open} AND due_key_ms >= ? AND due_key_ms < ? AND (due_at_ms IS NOT NULL OR snoozed_until_ms IS NOT NULL)`).pluck(),
    birthdays: db.prepare(
      `SELECT id, display_name, birthday, preferred_language FROM contacts WHERE birthday IS NOT NULL AND archived_at_ms IS NULL AND substr(birthday, -5) BETWEEN ? AND ?`,
    ),
    recent: db.prepare(
      `SELECT x.*, c.display_name FROM reminder_completions x LEFT JOIN contacts c ON c.id = x.contact_id WHERE x.deleted_at_ms IS NULL AND x.completed_at_ms >= ? ORDER BY x.completed_at_ms DESC LIMIT 20`,
    ),
    hasContacts: db.prepare(`SELECT 1 FROM contacts WHERE archived_at_ms IS NULL LIMIT 1`).pluck(),
    calendarRows: db.prepare(
      `SELECT r.*, c.display_name, co.name FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = r.company_id
       WHERE r.deleted_at_ms IS NULL AND r.completed_at_ms IS NULL ORDER BY r.due_key_ms LIMIT ?`,
    ),
  };
  return { db, q };
}

export async function benchToday(core: Core): Promise<BenchResult[]> {
  const zone = systemClock.timeZone();
  const now = Date.now();
  const today = localDate(now, zone);
  const dayStart = startOfDay(today, zone);
  const dayEnd = startOfDay(addDays(today, 1), zone);
  const weekEnd = addDays(today, 6);
  const raw = rawTodayQueries(core.databaseFile);
  let snapshot: { overdueTotal: number; dueTodayTotal: number; birthdaysTotal: number } | undefined;
  const viaDispatch = async () => {
    const response = await core.dispatch({ id: 1, method: 'today.get', input: { limit: 50 } });
    if (!response.ok) throw new Error(`today.get failed: ${response.error.message}`);
    snapshot = response.value as typeof snapshot;
  };
  const viaRaw = () => {
    raw.q.overdue.all(dayStart);
    raw.q.today.all(dayStart, dayEnd);
    raw.q.countBefore.get(dayStart);
    raw.q.countBefore.get(dayEnd);
    raw.q.countTimed.get(dayStart, now);
    if (today.slice(5) <= weekEnd.slice(5)) {
      raw.q.birthdays.all(today.slice(5), weekEnd.slice(5));
    } else {
      raw.q.birthdays.all(today.slice(5), '12-31');
      raw.q.birthdays.all('01-01', weekEnd.slice(5));
    }
    raw.q.recent.all(now - 7 * 86_400_000);
    raw.q.hasContacts.get();
  };
  await timeRepeated(WARM_UP, viaDispatch);
  await timeRepeated(WARM_UP, viaRaw);
  const todaySummary = summarize(await timeRepeated(REPEATS, viaDispatch));
  const rawSummary = summarize(await timeRepeated(REPEATS, viaRaw));
  const reminders = raw.db.prepare('SELECT count(*) FROM reminders WHERE deleted_at_ms IS NULL').pluck().get() as number;

  // .ics: the first 10,000 open reminders as events, built and folded.
  const sqlite = openSqlite(core.databaseFile);
  const queries = createRemindersQueries(sqlite, systemClock);
  const events = queries.forCalendar().slice(0, ICS_EVENTS);
  let eventCount = 0;
  let bytes = 0;
  const build = () => {
    const file = buildCalendar({ reminders: events, birthdays: [], birthdayDaysBefore: [0, 7], nowMs: now });
    eventCount = file.events;
    bytes = file.content.length;
  };
  build();
  const icsSummary = summarize(await timeRepeated(5, build));
  const readSummary = summarize(await timeRepeated(5, () => raw.q.calendarRows.all(ICS_EVENTS)));
  sqlite.close();
  raw.db.close();

  return [
    withBaseline({
      name: 'today.get.p50',
      value: todaySummary.p50,
      unit: 'ms',
      baseline: rawSummary.p50,
      target: TODAY_TARGET_MS,
      note: `${reminders} reminders; ${snapshot?.overdueTotal} overdue, ${snapshot?.dueTodayTotal} due today, ${snapshot?.birthdaysTotal} birthdays this week (50 of each listed, as Today shows); p95 ${todaySummary.p95.toFixed(2)} ms`,
    }),
    withBaseline({
      name: 'calendar.ics.10k.ms',
      value: icsSummary.p50,
      unit: 'ms',
      baseline: readSummary.p50,
      target: ICS_TARGET_MS,
      note: `${eventCount} events, ${(bytes / 1e6).toFixed(1)} MB; baseline: reading the same rows raw`,
    }),
  ];
}
