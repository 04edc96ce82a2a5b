// Rules for reminders: every write goes through the change writer in one transaction; the local
// due key is kept with the row; completing a recurring reminder records the occurrence done and
// moves on to the first occurrence after both its due moment and now (missed ones are not
// replayed); an overdue one stays open and says how late it is.
import { v7 as uuidv7 } from 'uuid';
import type { Due, Reminder, ReminderFields, Snooze } from '../../../src-shared/contract/reminders';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import type { Clock } from './clock';
import { isEndless, nextOccurrence, normalizeRule, occurrences } from './recurrence';
import { dueKeyOf, dueOfRow, nowIn, seriesStartOfRow, toCompletion, toReminder } from './reminder-view';
import { createRemindersRepo, type CompletionRow, type ReminderRow } from './reminders.repo';
import { snoozeUntil } from './snooze';
import { isTimeZone, localDate } from './zoned-time';

export type RemindersService = ReturnType<typeof createRemindersService>;

function dueCells(due: Due) {
  return due.kind === 'date'
    ? { due_date: due.date, due_at_ms: null, time_zone: '' }
    : { due_date: null, due_at_ms: due.atMs, time_zone: due.timeZone };
}

function seriesCells(due: Due, rule: string) {
  if (rule === '') return { series_date: null, series_at_ms: null };
  return due.kind === 'date' ? { series_date: due.date, series_at_ms: null } : { series_date: null, series_at_ms: due.atMs };
}

export function createRemindersService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, clock: Clock) {
  const repo = createRemindersRepo(sqlite);
  const changed = () => events.emit({ type: 'changed', domain: 'reminders' });
  const view = (row: ReminderRow) => toReminder(row, nowIn(clock.now(), clock.timeZone()));

  function find(id: string): ReminderRow {
    const row = repo.byId.get(id) as ReminderRow | undefined;
    if (!row || row.deletedAtMs !== null) notFound('reminder', id);
    return row;
  }

  function checkFields(fields: ReminderFields): string {
    if (fields.due.kind === 'time' && !isTimeZone(fields.due.timeZone)) {
      throw new AppError('invalid_input', `due.timeZone: "${fields.due.timeZone}" is not a time zone`);
    }
    if (fields.contactId && !repo.contactExists.get(fields.contactId)) throw new AppError('invalid_input', 'contactId: That contact does not exist');
    if (fields.companyId && !repo.companyExists.get(fields.companyId)) throw new AppError('invalid_input', 'companyId: That company does not exist');
    return normalizeRule(fields.rrule);
  }

  function fieldCells(fields: ReminderFields, rule: string) {
    return {
      title: fields.title,
      notes: fields.notes,
      priority: fields.priority,
      contact_id: fields.contactId,
      company_id: fields.companyId,
      rrule: rule,
      ...dueCells(fields.due),
      ...seriesCells(fields.due, rule),
      snoozed_until_ms: null,
      due_key_ms: dueKeyOf(fields.due, null, clock.timeZone()),
    };
  }

  const insertTx = sqlite.transaction((list: ReminderFields[]) => {
    const nowMs = clock.now();
    return list.map((fields) => {
      const id = uuidv7();
      writer.insert('reminders', id, { ...fieldCells(fields, checkFields(fields)), created_at_ms: nowMs, updated_at_ms: nowMs });
      return id;
    });
  });

  const updateTx = sqlite.transaction((id: string, fields: ReminderFields) => {
    const before = find(id);
    const rule = checkFields(fields);
    const cells = fieldCells(fields, rule);
    // Editing only the words keeps a snooze; a new due moment or rule replaces it.
    const sameWhen = JSON.stringify(dueOfRow(before)) === JSON.stringify(fields.due) && before.rrule === rule;
    if (sameWhen) {
      Object.assign(cells, seriesCells(seriesStartOfRow(before), rule), {
        snoozed_until_ms: before.snoozedUntilMs,
        due_key_ms: dueKeyOf(fields.due, before.snoozedUntilMs, clock.timeZone()),
      });
    }
    writer.update('reminders', id, cells, { updated_at_ms: clock.now() });
  });

  const completeTx = sqlite.transaction((id: string) => {
    const row = find(id);
    if (row.completedAtMs !== null) throw new AppError('conflict', 'This reminder is already done');
    const nowMs = clock.now();
    const due = dueOfRow(row);
    const completionId = uuidv7();
    writer.insert('reminder_completions', completionId, {
      reminder_id: id,
      title: row.title,
      contact_id: row.contactId,
      company_id: row.companyId,
      occurrence_date: row.dueDate,
      occurrence_at_ms: row.dueAtMs,
      completed_at_ms: nowMs,
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
    });
    const next = row.rrule === '' ? null : nextAfterNow(row.rrule, seriesStartOfRow(row), due, nowMs);
    if (next) {
      writer.update('reminders', id, { ...dueCells(next), snoozed_until_ms: null, due_key_ms: dueKeyOf(next, null, clock.timeZone()), updated_at_ms: nowMs });
    } else {
      writer.update('reminders', id, { completed_at_ms: nowMs, snoozed_until_ms: null, updated_at_ms: nowMs });
    }
    return { completionId, isSeriesOver: next === null };
  });

  /** The first occurrence after the current one that is not already in the past. */
  function nextAfterNow(rule: string, start: Due, current: Due, nowMs: number): Due | null {
    const nowDue: Due = current.kind === 'date' ? { kind: 'date', date: localDate(nowMs, clock.timeZone()) } : { ...current, atMs: nowMs };
    const after = (current.kind === 'date' ? current.date >= (nowDue as { date: string }).date : current.atMs >= nowMs) ? current : nowDue;
    return nextOccurrence(rule, start, after);
  }

  const undoCompleteTx = sqlite.transaction((completionId: string) => {
    const completion = repo.completionById.get(completionId) as CompletionRow | undefined;
    if (!completion) notFound('completion', completionId);
    const row = find(completion.reminderId);
    const nowMs = clock.now();
    const due: Due = completion.occurrenceAtMs !== null ? { kind: 'time', atMs: completion.occurrenceAtMs, timeZone: row.timeZone } : { kind: 'date', date: completion.occurrenceDate! };
    writer.update('reminder_completions', completionId, { deleted_at_ms: nowMs, updated_at_ms: nowMs });
    writer.update('reminders', row.id, { ...dueCells(due), completed_at_ms: null, snoozed_until_ms: null, due_key_ms: dueKeyOf(due, null, clock.timeZone()), updated_at_ms: nowMs });
    return row.id;
  });

  const setDeletedTx = sqlite.transaction((id: string, deleted: boolean) => {
    const row = repo.byId.get(id) as ReminderRow | undefined;
    if (!row) notFound('reminder', id);
    const nowMs = clock.now();
    writer.update('reminders', id, { deleted_at_ms: deleted ? nowMs : null }, { updated_at_ms: nowMs });
  });

  const snoozeTx = sqlite.transaction((id: string, untilMs: number) => {
    const row = find(id);
    if (row.completedAtMs !== null) throw new AppError('conflict', 'This reminder is already done');
    writer.update('reminders', id, { snoozed_until_ms: untilMs, due_key_ms: untilMs, updated_at_ms: clock.now() });
  });

  const recomputeKeysTx = sqlite.transaction((ids: Iterable<string>) => {
    for (const id of ids) {
      const row = repo.byId.get(id) as ReminderRow | undefined;
      if (!row || (row.dueDate === null && row.dueAtMs === null)) continue;
      const key = dueKeyOf(dueOfRow(row), row.snoozedUntilMs, clock.timeZone());
      if (key !== row.dueKeyMs) writer.setLocal('reminders', id, { due_key_ms: key });
    }
  });

  return {
    clock,
    get: (id: string): Reminder => view(find(id)),

    create(fields: ReminderFields): Reminder {
      const [id] = insertTx([fields]);
      changed();
      return view(find(id!));
    },

    /** Many reminders in one transaction (demo data): all or nothing. */
    createMany(list: ReminderFields[]): string[] {
      const ids = insertTx(list);
      changed();
      return ids;
    },

    update(id: string, fields: ReminderFields): Reminder {
      updateTx(id, fields);
      changed();
      return view(find(id));
    },

    delete(id: string) {
      setDeletedTx(id, true);
      changed();
      return { ok: true as const };
    },

    restore(id: string): Reminder {
      setDeletedTx(id, false);
      changed();
      return view(find(id));
    },

    complete(id: string) {
      const result = completeTx(id);
      changed();
      return { reminder: view(find(id)), ...result };
    },

    undoComplete(completionId: string): Reminder {
      const id = undoCompleteTx(completionId);
      changed();
      return view(find(id));
    },

    snooze(id: string, snooze: Snooze): Reminder {
      snoozeTx(id, snoozeUntil(snooze, clock));
      changed();
      return view(find(id));
    },

    completedFor(target: { contactId: string } | { companyId: string }, beforeMs: number | undefined, limit: number) {
      const before = beforeMs ?? Number.MAX_SAFE_INTEGER;
      const rows = 'contactId' in target ? repo.completionsForContact.all(target.contactId, before, limit) : repo.completionsForCompany.all(target.companyId, before, limit);
      return { items: (rows as CompletionRow[]).map(toCompletion) };
    },

    preview(due: Due, rule: string, count: number) {
      const normalized = normalizeRule(rule);
      if (normalized === '') return { dues: [due], isEndless: false };
      return { dues: occurrences(normalized, due, { limit: count }), isEndless: isEndless(normalized) };
    },

    /** After a sync (or a change of this machine's zone): derive the local due keys again. */
    afterSync(ids: Iterable<string>): void {
      recomputeKeysTx(ids);
    },

    recomputeAllKeys(): void {
      recomputeKeysTx(repo.idsOfAll.all() as string[]);
    },
  };
}
