// SQL for reminders. Reads join contact and company names; open reminders are found through the
// partial index on the local due key.
import type { Sqlite } from '../../db/open-database';

export interface ReminderRow {
  id: string;
  title: string;
  notes: string;
  priority: 'low' | 'normal' | 'high';
  contactId: string | null;
  contactName: string | null;
  companyId: string | null;
  companyName: string | null;
  dueDate: string | null;
  dueAtMs: number | null;
  timeZone: string;
  rrule: string;
  seriesDate: string | null;
  seriesAtMs: number | null;
  snoozedUntilMs: number | null;
  completedAtMs: number | null;
  dueKeyMs: number;
  createdAtMs: number;
  updatedAtMs: number;
  deletedAtMs: number | null;
}

export interface CompletionRow {
  id: string;
  reminderId: string;
  title: string;
  contactId: string | null;
  contactName: string | null;
  companyId: string | null;
  completedAtMs: number;
  occurrenceDate: string | null;
  occurrenceAtMs: number | null;
}

const COLUMNS = `r.id, r.title, r.notes, r.priority, r.contact_id AS contactId, c.display_name AS contactName,
  r.company_id AS companyId, co.name AS companyName, r.due_date AS dueDate, r.due_at_ms AS dueAtMs,
  r.time_zone AS timeZone, r.rrule, r.series_date AS seriesDate, r.series_at_ms AS seriesAtMs,
  r.snoozed_until_ms AS snoozedUntilMs, r.completed_at_ms AS completedAtMs, r.due_key_ms AS dueKeyMs,
  r.created_at_ms AS createdAtMs, r.updated_at_ms AS updatedAtMs, r.deleted_at_ms AS deletedAtMs`;
const FROM = `FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN companies co ON co.id = r.company_id`;
const OPEN = `r.completed_at_ms IS NULL AND r.deleted_at_ms IS NULL`;
const COMPLETION = `x.id, x.reminder_id AS reminderId, x.title, x.contact_id AS contactId, c.display_name AS contactName,
  x.company_id AS companyId, x.completed_at_ms AS completedAtMs, x.occurrence_date AS occurrenceDate, x.occurrence_at_ms AS occurrenceAtMs`;

export function createRemindersRepo(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.id = ?`),
    /** Open reminders due before a moment, soonest first (Today, the overdue filter). */
    openBefore: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${OPEN} AND r.due_key_ms < ? ORDER BY r.due_key_ms, r.id LIMIT ?`),
    countOpenBefore: sqlite.prepare(`SELECT count(*) FROM reminders r WHERE ${OPEN} AND r.due_key_ms < ?`).pluck(),
    openFrom: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${OPEN} AND r.due_key_ms >= ? ORDER BY r.due_key_ms, r.id LIMIT ?`),
    countOpenFrom: sqlite.prepare(`SELECT count(*) FROM reminders r WHERE ${OPEN} AND r.due_key_ms >= ?`).pluck(),
    openBetweenKeys: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${OPEN} AND r.due_key_ms >= ? AND r.due_key_ms < ? ORDER BY r.due_key_ms, r.id LIMIT ?`),
    openBetween: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${OPEN} AND r.due_key_ms > ? AND r.due_key_ms <= ? ORDER BY r.due_key_ms, r.id LIMIT ?`),
    nextOpenAfter: sqlite.prepare(`SELECT min(r.due_key_ms) FROM reminders r WHERE ${OPEN} AND r.due_key_ms > ?`).pluck(),
    allOpen: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${OPEN} ORDER BY r.due_key_ms, r.id LIMIT ?`),
    countOpen: sqlite.prepare(`SELECT count(*) FROM reminders r WHERE ${OPEN}`).pluck(),
    openForContact: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.contact_id = ? AND ${OPEN} ORDER BY r.due_key_ms, r.id LIMIT ?`),
    openForCompany: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.company_id = ? AND ${OPEN} ORDER BY r.due_key_ms, r.id LIMIT ?`),
    done: sqlite.prepare(
      `SELECT ${COLUMNS} ${FROM} WHERE r.completed_at_ms IS NOT NULL AND r.deleted_at_ms IS NULL ORDER BY r.completed_at_ms DESC, r.id LIMIT ?`,
    ),
    countDone: sqlite.prepare(`SELECT count(*) FROM reminders r WHERE r.completed_at_ms IS NOT NULL AND r.deleted_at_ms IS NULL`).pluck(),
    /** Every reminder that is not deleted (calendar export). */
    allLive: sqlite.prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.deleted_at_ms IS NULL ORDER BY r.due_key_ms, r.id`),
    idsOfAll: sqlite.prepare(`SELECT id FROM reminders`).pluck(),
    completionById: sqlite.prepare(`SELECT ${COMPLETION} FROM reminder_completions x LEFT JOIN contacts c ON c.id = x.contact_id WHERE x.id = ? AND x.deleted_at_ms IS NULL`),
    recentCompletions: sqlite.prepare(
      `SELECT ${COMPLETION} FROM reminder_completions x LEFT JOIN contacts c ON c.id = x.contact_id
       WHERE x.deleted_at_ms IS NULL AND x.completed_at_ms >= ? ORDER BY x.completed_at_ms DESC, x.id DESC LIMIT ?`,
    ),
    completionsForContact: sqlite.prepare(
      `SELECT ${COMPLETION} FROM reminder_completions x LEFT JOIN contacts c ON c.id = x.contact_id
       WHERE x.contact_id = ? AND x.deleted_at_ms IS NULL AND x.completed_at_ms < ? ORDER BY x.completed_at_ms DESC, x.id DESC LIMIT ?`,
    ),
    completionsForCompany: sqlite.prepare(
      `SELECT ${COMPLETION} FROM reminder_completions x LEFT JOIN contacts c ON c.id = x.contact_id
       WHERE x.company_id = ? AND x.deleted_at_ms IS NULL AND x.completed_at_ms < ? ORDER BY x.completed_at_ms DESC, x.id DESC LIMIT ?`,
    ),
    contactExists: sqlite.prepare(`SELECT 1 FROM contacts WHERE id = ?`).pluck(),
    companyExists: sqlite.prepare(`SELECT 1 FROM companies WHERE id = ?`).pluck(),
    hasContacts: sqlite.prepare(`SELECT 1 FROM contacts WHERE archived_at_ms IS NULL LIMIT 1`).pluck(),
  };
}

export type RemindersRepo = ReturnType<typeof createRemindersRepo>;
