// Service cases: a customer's complaint, question or problem, answered within a target per priority.
// Every change writes the case row and appends one event in a single transaction, through the change
// writer, so two machines working the same case merge to one history. Deletion is a tombstone (Undo).
import { v7 as uuidv7 } from 'uuid';
import type { CaseDetail, CaseStatus, CaseSummary, CaseTargets } from '../../../src-shared/contract/cases';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Cells } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { casesCsv, casesJson } from './cases-export';
import { createCaseTargets } from './case-targets';
import { asStatus, isDone } from './case-values';
import { createCaseQueries, type CaseRow, type ListFilter } from './cases.queries';

export type CasesService = ReturnType<typeof createCasesService>;

export interface NewCaseInput {
  contactId: string | null;
  companyId: string | null;
  subject: string;
  description: string;
  kind: string;
  priority: string;
  owner: string;
  openedAtMs?: number | undefined;
}

/** A case with its history already decided (see recordMany). */
export interface RecordedCase extends Omit<NewCaseInput, 'openedAtMs'> {
  status: CaseStatus;
  openedAtMs: number;
  firstResponseAtMs: number | null;
  resolvedAtMs: number | null;
  satisfaction: number | null;
}

interface Deps {
  sqlite: Sqlite;
  events: EventBus;
  writer: ChangeWriter;
  /** The clock: injected so tests and the overdue question can fix "now". */
  now?: () => number;
}

/** A little slack for a case "opened now" on a machine whose clock runs slightly behind another's. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function createCasesService({ sqlite, events, writer, now = Date.now }: Deps) {
  const changed = () => events.emit({ type: 'changed', domain: 'cases' });
  const queries = createCaseQueries(sqlite);
  const targets = createCaseTargets(sqlite, writer, now);
  const contactExists = sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck();
  const companyExists = sqlite.prepare('SELECT 1 FROM companies WHERE id = ?').pluck();
  // Who is acting: the name given when setting up sync, else the machine's name, else nothing.
  const actorName = sqlite.prepare(`SELECT value FROM sync_meta WHERE key IN ('user_name', 'device_name') AND value != '' ORDER BY key DESC LIMIT 1`).pluck();

  function appendEvent(caseId: string, atMs: number, kind: string, extra: { text?: string; status?: CaseStatus; satisfaction?: number | null } = {}) {
    writer.insert('case_events', uuidv7(), {
      case_id: caseId,
      at_ms: atMs,
      kind,
      text: extra.text ?? '',
      status: extra.status ?? null,
      satisfaction: extra.satisfaction ?? null,
      by_name: (actorName.get() as string | undefined) ?? '',
      by_device: writer.deviceId,
    });
  }

  function live(id: string): CaseRow {
    const row = queries.row(id);
    if (!row || row.deletedAtMs !== null) notFound('case', id);
    return row;
  }

  function detail(id: string, asOfMs = now()): CaseDetail {
    const row = live(id);
    return { ...queries.toSummary(row, targets.get(), asOfMs), description: row.description, resolutionNote: row.resolutionNote, events: queries.events(id) };
  }

  /** Writes the case's changed cells and one event, in one transaction; returns the fresh detail. */
  function change(id: string, decide: (row: CaseRow, status: CaseStatus, nowMs: number) => { cells: Cells; event: Parameters<typeof appendEvent>[2]; extra?: Parameters<typeof appendEvent>[3] }) {
    sqlite.transaction(() => {
      const row = live(id);
      const nowMs = now();
      const { cells, event, extra } = decide(row, asStatus(row.status), nowMs);
      writer.update('cases', id, cells, { updated_at_ms: nowMs });
      appendEvent(id, nowMs, event, extra);
    })();
    changed();
    return detail(id);
  }

  const needsReopen = () => new AppError('conflict', 'This case is resolved or closed; reopen it first.');
  /** The first answer to the customer stops the response clock; later answers leave it alone. */
  const firstResponse = (row: CaseRow, nowMs: number): Cells => (row.firstResponseAtMs === null ? { first_response_at_ms: nowMs } : {});

  const openTx = sqlite.transaction((input: NewCaseInput): string => {
    if (input.contactId === null && input.companyId === null) throw new AppError('invalid_input', 'contactId: Choose the customer');
    if (input.contactId !== null && !contactExists.get(input.contactId)) notFound('contact', input.contactId);
    if (input.companyId !== null && !companyExists.get(input.companyId)) notFound('company', input.companyId);
    const nowMs = now();
    const openedAtMs = input.openedAtMs ?? nowMs;
    if (openedAtMs > nowMs + FUTURE_SLACK_MS) throw new AppError('invalid_input', 'openedAtMs: A case cannot be opened in the future');
    const id = uuidv7();
    writer.insert('cases', id, {
      contact_id: input.contactId,
      company_id: input.companyId,
      subject: input.subject,
      description: input.description,
      kind: input.kind,
      priority: input.priority,
      status: 'open',
      owner: input.owner,
      opened_at_ms: openedAtMs,
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
    });
    appendEvent(id, openedAtMs, 'opened', { text: input.description });
    return id;
  });

  /** Cases whose history is already known (demo data, an old system's records): case and events in one transaction. */
  const recordManyTx = sqlite.transaction((list: RecordedCase[]) => {
    const nowMs = now();
    for (const c of list) {
      const id = uuidv7();
      writer.insert('cases', id, {
        contact_id: c.contactId, company_id: c.companyId, subject: c.subject, description: c.description, kind: c.kind, priority: c.priority,
        status: c.status, owner: c.owner, opened_at_ms: c.openedAtMs, first_response_at_ms: c.firstResponseAtMs, resolved_at_ms: c.resolvedAtMs,
        satisfaction: c.satisfaction, created_at_ms: nowMs, updated_at_ms: nowMs,
      });
      appendEvent(id, c.openedAtMs, 'opened', { text: c.description });
      if (c.firstResponseAtMs !== null) appendEvent(id, c.firstResponseAtMs, 'responded');
      if (c.status === 'waiting') appendEvent(id, c.firstResponseAtMs ?? c.openedAtMs, 'status', { status: 'waiting' });
      if (c.resolvedAtMs !== null) appendEvent(id, c.resolvedAtMs, 'resolved', { satisfaction: c.satisfaction });
    }
    return list.length;
  });

  function setDeleted(id: string, isDeleted: boolean) {
    const row = queries.row(id);
    if (!row) notFound('case', id);
    const nowMs = now();
    if (writer.update('cases', id, { deleted_at_ms: isDeleted ? nowMs : null }, { updated_at_ms: nowMs })) changed();
    return { ok: true as const };
  }

  return {
    get: (id: string) => detail(id),

    list(filter: ListFilter, asOfMs = now()) {
      return queries.list(filter, targets.get(), asOfMs);
    },

    overdue(asOfMs = now(), limit = 100): { items: CaseSummary[] } {
      return { items: queries.overdue(targets.get(), asOfMs, limit) };
    },

    export(format: 'csv' | 'json') {
      const all = queries.all(targets.get(), now());
      return { content: format === 'csv' ? casesCsv(all) : casesJson(all), count: all.length };
    },

    forContact: (customer: { contactId?: string; companyId?: string }) => ({ items: queries.timeline(customer) }),

    open(input: NewCaseInput): CaseDetail {
      const id = openTx(input);
      changed();
      return detail(id);
    },

    recordMany(list: RecordedCase[]): number {
      const count = recordManyTx(list);
      if (count > 0) changed();
      return count;
    },

    respond(id: string, text: string) {
      return change(id, (row, status, nowMs) => {
        if (isDone(status)) throw needsReopen();
        return { cells: firstResponse(row, nowMs), event: 'responded', extra: { text } };
      });
    },

    note(id: string, text: string) {
      return change(id, () => ({ cells: {}, event: 'note', extra: { text } }));
    },

    /** Waiting on the customer means they were answered, so it also stops the response clock. */
    setStatus(id: string, next: 'open' | 'waiting' | 'closed') {
      return change(id, (row, status, nowMs) => {
        if (isDone(status) && next !== 'closed') throw needsReopen();
        if (status === next) throw new AppError('conflict', `This case is already ${next}.`);
        return { cells: { status: next, ...(next === 'waiting' ? firstResponse(row, nowMs) : {}) }, event: 'status', extra: { status: next } };
      });
    },

    /** Resolving answers the customer too (the first response if there was none). */
    resolve(id: string, satisfaction: number | null, note: string) {
      return change(id, (row, status, nowMs) => {
        if (isDone(status)) throw new AppError('conflict', 'This case is already resolved or closed.');
        return {
          cells: { status: 'resolved', resolved_at_ms: nowMs, satisfaction, resolution_note: note, ...firstResponse(row, nowMs) },
          event: 'resolved',
          extra: { text: note, satisfaction },
        };
      });
    },

    /** Back to open: the resolution and its rating are cleared (the events keep them); the first response stays. */
    reopen(id: string, text: string) {
      return change(id, (_row, status) => {
        if (!isDone(status)) throw new AppError('conflict', 'This case is still open.');
        return { cells: { status: 'open', resolved_at_ms: null, satisfaction: null, resolution_note: '' }, event: 'reopened', extra: { text } };
      });
    },

    delete: (id: string) => setDeleted(id, true),
    restore: (id: string) => setDeleted(id, false),

    targets: (): CaseTargets => targets.get(),
    setTargets(patch: Partial<CaseTargets>): CaseTargets {
      if (targets.set(patch)) changed();
      return targets.get();
    },
  };
}
