import { z } from 'zod';
import { EpochMs, Id, LongText, Ok, ShortText } from './common';
import { method } from './method';

export const CASE_KINDS = ['complaint', 'question', 'problem'] as const;
export const CaseKind = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof CaseKind>;

export const CASE_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const CasePriority = z.enum(CASE_PRIORITIES);
export type CasePriority = z.infer<typeof CasePriority>;

/** `waiting` is "waiting on customer": answered, and the next move is theirs. */
export const CASE_STATUSES = ['open', 'waiting', 'resolved', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CASE_EVENT_KINDS = ['opened', 'responded', 'status', 'note', 'resolved', 'reopened'] as const;
export const CaseEventKind = z.enum(CASE_EVENT_KINDS);

export const Satisfaction = z.number().int().min(1, 'Rate from 1 to 5').max(5, 'Rate from 1 to 5');

/**
 * Where a case stands against its first-response target. `due`: not answered yet, `dueAtMs` still
 * ahead; `overdue`: not answered and past it; `met`/`late`: answered on time or after the target.
 */
export const RESPONSE_STATES = ['due', 'overdue', 'met', 'late'] as const;
export const ResponseState = z.enum(RESPONSE_STATES);
export type ResponseState = z.infer<typeof ResponseState>;

export const ResponseTarget = z.object({
  state: ResponseState,
  /** opened + the priority's target. */
  dueAtMs: EpochMs,
  /** Until the target (positive) or past it (negative), at `asOfMs` or at the first response. */
  remainingMs: z.number().int(),
});
export type ResponseTarget = z.infer<typeof ResponseTarget>;

export const CaseSummary = z.object({
  id: Id,
  subject: z.string(),
  kind: CaseKind,
  priority: CasePriority,
  status: CaseStatus,
  owner: z.string(),
  contact: z.object({ id: Id, displayName: z.string() }).nullable(),
  company: z.object({ id: Id, name: z.string() }).nullable(),
  openedAtMs: EpochMs,
  firstResponseAtMs: EpochMs.nullable(),
  resolvedAtMs: EpochMs.nullable(),
  satisfaction: z.number().int().nullable(),
  response: ResponseTarget,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseEvent = z.object({
  id: Id,
  atMs: EpochMs,
  kind: CaseEventKind,
  text: z.string(),
  /** The new status of a `status` event. */
  status: CaseStatus.nullable(),
  satisfaction: z.number().int().nullable(),
  /** Who did it: the sync user or machine name (empty on a machine that never set one). */
  byName: z.string(),
  byDevice: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  resolutionNote: z.string(),
  events: z.array(CaseEvent),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const NewCase = z
  .object({
    contactId: Id.nullable().default(null),
    companyId: Id.nullable().default(null),
    subject: ShortText.min(1, 'Say what the case is about'),
    description: LongText.default(''),
    kind: CaseKind.default('complaint'),
    priority: CasePriority.default('normal'),
    owner: ShortText.default(''),
    /** When the customer raised it, if earlier than now (a case written down after a phone call). */
    openedAtMs: EpochMs.optional(),
  })
  .refine((c) => c.contactId !== null || c.companyId !== null, { message: 'Choose the customer', path: ['contactId'] });

/** Response targets in minutes, per priority. */
export const CaseTargets = z.object(
  Object.fromEntries(CASE_PRIORITIES.map((p) => [p, z.number().int().min(1).max(60 * 24 * 365)])) as Record<CasePriority, z.ZodNumber>,
);
export type CaseTargets = z.infer<typeof CaseTargets>;

export const CaseFilter = z.object({
  status: z.array(CaseStatus).max(4).optional(),
  priority: z.array(CasePriority).max(4).optional(),
  owner: ShortText.optional(),
  /** Only cases past their first-response target and still unanswered. */
  isOverdue: z.boolean().default(false),
  contactId: Id.optional(),
  companyId: Id.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** One thing that happened to a customer's case, as the timeline shows it. */
export const CaseTimelineItem = z.object({
  caseId: Id,
  subject: z.string(),
  kind: z.enum(['opened', 'responded', 'resolved']),
  atMs: EpochMs,
  satisfaction: z.number().int().nullable(),
  byName: z.string(),
  byDevice: z.string(),
});

const ById = z.object({ id: Id });
const Asof = z.object({ asOfMs: EpochMs.optional() });

export const cases = {
  /** Unresolved first, newest first; `response` is measured at `asOfMs` (default now). */
  list: method(CaseFilter.extend(Asof.shape), z.object({ items: z.array(CaseSummary), total: z.number().int() })),
  get: method(ById, CaseDetail),
  open: method(NewCase, CaseDetail),
  /** Records an answer to the customer; the first one stops the response clock. */
  respond: method(z.object({ id: Id, text: LongText.default('') }), CaseDetail),
  note: method(z.object({ id: Id, text: LongText.min(1, 'Write the note') }), CaseDetail),
  /** open, waiting on customer, or closed; resolving goes through `resolve` (it asks for a rating). */
  setStatus: method(z.object({ id: Id, status: z.enum(['open', 'waiting', 'closed']) }), CaseDetail),
  resolve: method(z.object({ id: Id, satisfaction: Satisfaction.nullable().default(null), note: LongText.default('') }), CaseDetail),
  reopen: method(z.object({ id: Id, text: LongText.default('') }), CaseDetail),
  /** Deletes a case; `restore` undoes it. */
  delete: method(ById, Ok),
  restore: method(ById, Ok),
  targets: method(z.object({}), CaseTargets),
  setTargets: method(CaseTargets.partial(), CaseTargets),
  /** Unanswered cases past their response target at `asOfMs`, most overdue first (for Today). */
  overdue: method(z.object({ asOfMs: EpochMs.optional(), limit: z.number().int().min(1).max(1000).default(100) }), z.object({ items: z.array(CaseSummary) })),
  /** Every case as CSV (spreadsheet-safe, with a byte-order mark) or JSON `{ "cases": [...] }`. */
  export: method(z.object({ format: z.enum(['csv', 'json']) }), z.object({ content: z.string(), count: z.number().int() })),
  /** Opened, first response and resolution (with its rating) of a customer's cases, for the timeline. */
  forContact: method(
    z.object({ contactId: Id.optional(), companyId: Id.optional() }).refine((x) => (x.contactId === undefined) !== (x.companyId === undefined), {
      message: 'Give a contactId or a companyId',
    }),
    z.object({ items: z.array(CaseTimelineItem) }),
  ),
};
