// Reads of cases: summaries with their customer, the overdue question, one case's events, and a
// customer's case history for the timeline. Filters are fixed SQL fragments with bound values.
import type { CaseEvent, CaseSummary, CaseTargets } from '../../../src-shared/contract/cases';
import { CASE_PRIORITIES, type CasePriority, type CaseStatus } from '../../../src-shared/contract/cases';
import type { Sqlite } from '../../db/open-database';
import { asEventKind, asKind, asPriority, asStatus } from './case-values';
import { overdueIfOpenedBefore, responseTarget } from './response-target';

export interface CaseRow {
  id: string;
  subject: string;
  kind: string;
  priority: string;
  status: string;
  owner: string;
  contactId: string | null;
  contactName: string | null;
  companyId: string | null;
  companyName: string | null;
  openedAtMs: number;
  firstResponseAtMs: number | null;
  resolvedAtMs: number | null;
  satisfaction: number | null;
  description: string;
  resolutionNote: string;
  deletedAtMs: number | null;
}

// A case raised by a contact later merged into another belongs to the survivor (contacts.merged_into):
// read that way rather than rewritten, so undoing the merge needs nothing from cases.
const SUMMARY = `SELECT c.id, c.subject, c.kind, c.priority, c.status, c.owner, ct.id AS contactId, ct.display_name AS contactName,
  c.company_id AS companyId, co.name AS companyName, c.opened_at_ms AS openedAtMs, c.first_response_at_ms AS firstResponseAtMs,
  c.resolved_at_ms AS resolvedAtMs, c.satisfaction, c.description, c.resolution_note AS resolutionNote, c.deleted_at_ms AS deletedAtMs
  FROM cases c LEFT JOIN contacts raised ON raised.id = c.contact_id LEFT JOIN contacts ct ON ct.id = COALESCE(raised.merged_into, raised.id)
  LEFT JOIN companies co ON co.id = c.company_id`;
/** The contact's own cases and those of contacts merged into it (contacts_merged_into finds those). */
const OF_CONTACT = `(c.contact_id = :contactId OR c.contact_id IN (SELECT id FROM contacts WHERE merged_into = :contactId))`;

/** Unanswered, still being worked on, and opened before the priority's cut-off (see the partial index). */
const awaiting = (t: string) => `${t}.deleted_at_ms IS NULL AND ${t}.first_response_at_ms IS NULL AND ${t}.status IN ('open', 'waiting')`;
const AWAITING = awaiting('c');
// One index range per priority; written as a subquery so the planner cannot trade it for a scan in list order.
const OVERDUE = `c.id IN (${CASE_PRIORITIES.map((p) => `SELECT o.id FROM cases o WHERE ${awaiting('o')} AND o.priority = '${p}' AND o.opened_at_ms < :cut_${p}`).join(' UNION ALL ')})`;

export interface ListFilter {
  status?: CaseStatus[];
  priority?: CasePriority[];
  owner?: string;
  isOverdue: boolean;
  contactId?: string;
  companyId?: string;
  limit: number;
}

export function createCaseQueries(sqlite: Sqlite) {
  const byId = sqlite.prepare(`${SUMMARY} WHERE c.id = ?`);
  const events = sqlite.prepare(
    `SELECT id, at_ms AS atMs, kind, text, status, satisfaction, by_name AS byName, by_device AS byDevice
     FROM case_events WHERE case_id = ? ORDER BY at_ms, id`,
  );
  // One index range per priority, most overdue (earliest due) first.
  const overdue = sqlite.prepare(
    `WITH late AS (SELECT * FROM (${CASE_PRIORITIES.map((p) => `SELECT c.id, c.opened_at_ms + :min_${p} * 60000 AS dueAtMs FROM cases c WHERE ${AWAITING} AND c.priority = '${p}' AND c.opened_at_ms < :cut_${p}`).join(' UNION ALL ')})
       ORDER BY dueAtMs, id LIMIT :limit)
     ${SUMMARY} JOIN late ON late.id = c.id ORDER BY late.dueAtMs, late.id`,
  );
  const timeline = sqlite.prepare(
    `SELECT e.case_id AS caseId, c.subject, e.kind, e.at_ms AS atMs, e.satisfaction, e.by_name AS byName, e.by_device AS byDevice
     FROM cases c JOIN case_events e ON e.case_id = c.id
     WHERE c.deleted_at_ms IS NULL AND e.kind IN ('opened', 'responded', 'resolved') AND (${OF_CONTACT} OR c.company_id = :companyId)
     ORDER BY e.at_ms DESC, e.id DESC`,
  );
  const everyLive = sqlite.prepare(`${SUMMARY} WHERE c.deleted_at_ms IS NULL ORDER BY c.opened_at_ms, c.id`);
  const listStatements = new Map<string, { items: ReturnType<Sqlite['prepare']>; count: ReturnType<Sqlite['prepare']> }>();

  const cutoffs = (targets: CaseTargets, asOfMs: number) =>
    Object.fromEntries(CASE_PRIORITIES.map((p) => [`cut_${p}`, overdueIfOpenedBefore(p, targets, asOfMs)]));

  function toSummary(row: CaseRow, targets: CaseTargets, asOfMs: number): CaseSummary {
    const priority = asPriority(row.priority);
    return {
      id: row.id,
      subject: row.subject,
      kind: asKind(row.kind),
      priority,
      status: asStatus(row.status),
      owner: row.owner,
      contact: row.contactId ? { id: row.contactId, displayName: row.contactName ?? '' } : null,
      company: row.companyId ? { id: row.companyId, name: row.companyName ?? '' } : null,
      openedAtMs: row.openedAtMs,
      firstResponseAtMs: row.firstResponseAtMs,
      resolvedAtMs: row.resolvedAtMs,
      satisfaction: row.satisfaction,
      response: responseTarget({ openedAtMs: row.openedAtMs, firstResponseAtMs: row.firstResponseAtMs, priority }, targets, asOfMs),
    };
  }

  function listStatement(filter: ListFilter) {
    const where = ['c.deleted_at_ms IS NULL'];
    if (filter.status?.length) where.push(`c.status IN (${filter.status.map((_, i) => `:status${i}`).join(', ')})`);
    if (filter.priority?.length) where.push(`c.priority IN (${filter.priority.map((_, i) => `:priority${i}`).join(', ')})`);
    if (filter.owner !== undefined) where.push('c.owner = :owner');
    if (filter.isOverdue) where.push(OVERDUE);
    if (filter.contactId !== undefined) where.push(OF_CONTACT);
    if (filter.companyId !== undefined) where.push('c.company_id = :companyId');
    const clause = where.join(' AND ');
    let prepared = listStatements.get(clause);
    if (!prepared) {
      prepared = {
        // Work still to do first, then the newest. The page is chosen before the joins, so only its rows are joined.
        items: sqlite.prepare(
          `WITH page AS (SELECT c.id, c.status IN ('resolved', 'closed') AS isDone, c.opened_at_ms AS openedAtMs FROM cases c WHERE ${clause}
             ORDER BY isDone, openedAtMs DESC, c.id DESC LIMIT :limit)
           ${SUMMARY} JOIN page ON page.id = c.id ORDER BY page.isDone, page.openedAtMs DESC, page.id DESC`,
        ),
        count: sqlite.prepare(`SELECT count(*) FROM cases c WHERE ${clause}`).pluck(),
      };
      listStatements.set(clause, prepared);
    }
    return prepared;
  }

  return {
    row: (id: string) => byId.get(id) as CaseRow | undefined,
    toSummary,
    events(caseId: string): CaseEvent[] {
      return (events.all(caseId) as (Omit<CaseEvent, 'kind' | 'status'> & { kind: string; status: string | null })[]).map((e) => ({
        ...e,
        kind: asEventKind(e.kind),
        status: e.status === null ? null : asStatus(e.status),
      }));
    },

    list(filter: ListFilter, targets: CaseTargets, asOfMs: number): { items: CaseSummary[]; total: number } {
      const params: Record<string, string | number> = { limit: filter.limit };
      filter.status?.forEach((s, i) => (params[`status${i}`] = s));
      filter.priority?.forEach((p, i) => (params[`priority${i}`] = p));
      if (filter.owner !== undefined) params.owner = filter.owner;
      if (filter.contactId !== undefined) params.contactId = filter.contactId;
      if (filter.companyId !== undefined) params.companyId = filter.companyId;
      if (filter.isOverdue) Object.assign(params, cutoffs(targets, asOfMs));
      const statement = listStatement(filter);
      const { limit, ...countParams } = params;
      void limit;
      return {
        items: (statement.items.all(params) as CaseRow[]).map((row) => toSummary(row, targets, asOfMs)),
        total: statement.count.get(countParams) as number,
      };
    },

    /** Every live case, oldest first, with its text (for export). */
    all(targets: CaseTargets, asOfMs: number) {
      return (everyLive.all() as CaseRow[]).map((row) => ({ ...toSummary(row, targets, asOfMs), description: row.description, resolutionNote: row.resolutionNote }));
    },

    overdue(targets: CaseTargets, asOfMs: number, limit: number): CaseSummary[] {
      const minutes = Object.fromEntries(CASE_PRIORITIES.map((p) => [`min_${p}`, targets[p]]));
      const rows = overdue.all({ ...cutoffs(targets, asOfMs), ...minutes, limit }) as CaseRow[];
      return rows.map((row) => toSummary(row, targets, asOfMs));
    },

    timeline(customer: { contactId?: string; companyId?: string }) {
      const rows = timeline.all({ contactId: customer.contactId ?? null, companyId: customer.companyId ?? null }) as {
        caseId: string; subject: string; kind: 'opened' | 'responded' | 'resolved'; atMs: number; satisfaction: number | null; byName: string; byDevice: string;
      }[];
      return rows;
    },
  };
}
