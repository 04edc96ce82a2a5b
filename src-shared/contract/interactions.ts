import { z } from 'zod';
import { EpochMs, Id, LongText, Ok, ShortText } from './common';
import { method } from './method';

/** Kinds and outcomes: a default's deterministic id ('kind-call') or a user entry's UUID. */
export const ListEntryId = z.string().trim().min(1).max(100);
export const Direction = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof Direction>;

export const InteractionFields = z
  .object({
    kindId: ListEntryId,
    direction: Direction.default('outbound'),
    occurredAtMs: EpochMs,
    durationMinutes: z.number().int().min(0).max(24 * 60 * 7).nullable().default(null),
    contactIds: z.array(Id).max(200).default([]),
    companyId: Id.nullable().default(null),
    subject: ShortText.default(''),
    notes: LongText.default(''),
    outcomeId: ListEntryId.nullable().default(null),
    satisfaction: z.number().int().min(1).max(5).nullable().default(null),
  })
  .refine((f) => f.contactIds.length > 0 || f.companyId !== null, { message: 'Choose at least one contact or a company', path: ['contactIds'] });
export type InteractionFields = z.output<typeof InteractionFields>;
export type InteractionFieldsInput = z.input<typeof InteractionFields>;

/** Who logged a record: the machine whose clock stamped its creation, and that machine's user. */
export const Attribution = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  userName: z.string(),
  isThisMachine: z.boolean(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Interaction = z.object({
  id: Id,
  kindId: z.string(),
  direction: Direction,
  occurredAtMs: EpochMs,
  durationMinutes: z.number().int().nullable(),
  contacts: z.array(z.object({ id: Id, displayName: z.string() })),
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  subject: z.string(),
  notes: z.string(),
  outcomeId: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
  loggedBy: Attribution.nullable(),
});
export type Interaction = z.infer<typeof Interaction>;

/** One line of a timeline. `source` says which registered source produced it (see timeline.ts in the core). */
export const TimelineItem = z.object({
  source: z.string(),
  id: z.string(),
  atMs: EpochMs,
  /** A kind id for interactions; sources that come later use their own (e.g. 'reminder-done'). */
  kind: z.string(),
  title: z.string(),
  detail: z.string(),
  interaction: Interaction.nullable(),
  loggedBy: Attribution.nullable(),
  /** Money the item is about (a purchase, a payment), formatted by the UI in the user's locale. */
  amount: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineCursor = z.object({ atMs: EpochMs, source: z.string(), id: z.string() });
export type TimelineCursor = z.infer<typeof TimelineCursor>;

export const TimelinePage = z.object({ items: z.array(TimelineItem), nextCursor: TimelineCursor.nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;

export const ListEntry = z.object({
  id: z.string(),
  /** What the user named it; '' for a default shown by its translated code. */
  name: z.string(),
  code: z.string(),
  sortOrder: z.number(),
  /** Kinds: counts for "last meeting"; counts for "last contacted". Outcomes: an attempt that did not reach. */
  isMeeting: z.boolean(),
  countsAsContact: z.boolean(),
  isAttempt: z.boolean(),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const ContactInteractionStats = z.object({
  interactionCount: z.number().int(),
  lastInteractionAtMs: EpochMs.nullable(),
  lastContactedAtMs: EpochMs.nullable(),
  lastAttemptAtMs: EpochMs.nullable(),
  lastMeetingAtMs: EpochMs.nullable(),
  /** The cadence that applies (the contact's own, else the shortest of its tags'), and when the next touch is due. */
  stayInTouchDays: z.number().int().nullable(),
  ownStayInTouchDays: z.number().int().nullable(),
  stayInTouchDueAtMs: EpochMs.nullable(),
});
export type ContactInteractionStats = z.infer<typeof ContactInteractionStats>;

export const FatigueWarning = z.object({
  contactId: Id,
  displayName: z.string(),
  limit: z.object({ max: z.number().int(), days: z.number().int() }),
  /** The outbound interactions already inside the window, newest first. */
  recent: z.array(z.object({ id: Id, occurredAtMs: EpochMs, kindId: z.string(), subject: z.string() })),
});
export type FatigueWarning = z.infer<typeof FatigueWarning>;

export const StayInTouchDue = z.object({
  contactId: Id,
  displayName: z.string(),
  cadenceDays: z.number().int(),
  lastInteractionAtMs: EpochMs.nullable(),
  dueAtMs: EpochMs,
  /** Whole calendar days past the due day in the user's time zone; 0 = due today. */
  daysLate: z.number().int(),
});
export type StayInTouchDue = z.infer<typeof StayInTouchDue>;

export const FatigueLimit = z.object({ max: z.number().int().min(1).max(100), days: z.number().int().min(1).max(365) });
export type FatigueLimit = z.infer<typeof FatigueLimit>;

export const InteractionRule = z.object({
  targetType: z.enum(['contact', 'tag']),
  /** A contact id, or a tag's name. */
  target: z.string().trim().min(1).max(200),
  stayInTouchDays: z.number().int().min(1).max(3650).nullable(),
  fatigue: FatigueLimit.nullable(),
});
export type InteractionRule = z.infer<typeof InteractionRule>;

export const EmlFile = z.object({ name: z.string().max(500), base64: z.string().max(40_000_000) });
export const EmlResult = z.object({
  name: z.string(),
  status: z.enum(['logged', 'duplicate', 'unmatched', 'failed']),
  interactionId: Id.nullable(),
  message: z.string(),
});
export type EmlResult = z.infer<typeof EmlResult>;

const Scope = z.object({ contactId: Id.optional(), companyId: Id.optional() }).refine((s) => (s.contactId === undefined) !== (s.companyId === undefined), {
  message: 'Give a contact or a company',
});

const ListEntryInput = z
  .object({
    id: ListEntryId.nullable().default(null),
    /** '' keeps a default's translated name. */
    name: ShortText.default(''),
    isMeeting: z.boolean().default(false),
    countsAsContact: z.boolean().default(true),
    isAttempt: z.boolean().default(false),
  })
  .refine((e) => e.id !== null || e.name !== '', { message: 'Name it', path: ['name'] });

export const interactions = {
  /** Logs one interaction; `fatigue` names the contacts already contacted up to their limit (a warning, not a refusal). */
  log: method(InteractionFields, z.object({ interaction: Interaction, fatigue: z.array(FatigueWarning) })),
  get: method(z.object({ id: Id }), Interaction),
  update: method(z.object({ id: Id, fields: InteractionFields }), Interaction),
  delete: method(z.object({ id: Id }), Ok),
  /** Undo of delete. */
  restore: method(z.object({ id: Id }), Interaction),
  /** One contact's or company's timeline, newest first, keyset-paged; `kinds` filters (empty = all). */
  timeline: method(
    z.object({
      scope: Scope,
      kinds: z.array(z.string().max(100)).max(50).default([]),
      after: TimelineCursor.nullable().default(null),
      limit: z.number().int().min(1).max(200).default(30),
    }),
    TimelinePage,
  ),
  stats: method(z.object({ contactId: Id }), ContactInteractionStats),
  kinds: method(z.object({}), z.object({ items: z.array(ListEntry) })),
  saveKind: method(ListEntryInput, ListEntry),
  deleteKind: method(z.object({ id: ListEntryId }), Ok),
  outcomes: method(z.object({}), z.object({ items: z.array(ListEntry) })),
  saveOutcome: method(ListEntryInput, ListEntry),
  deleteOutcome: method(z.object({ id: ListEntryId }), Ok),
  /** Would an outbound interaction with these contacts at `atMs` go over their limit? */
  fatigueCheck: method(z.object({ contactIds: z.array(Id).max(10_000), atMs: EpochMs }), z.object({ warnings: z.array(FatigueWarning) })),
  /** Contacts whose stay-in-touch cadence is due or overdue on `asOfMs`, the latest first. */
  stayInTouchDue: method(z.object({ asOfMs: EpochMs, limit: z.number().int().min(1).max(5000).default(200) }), z.object({ items: z.array(StayInTouchDue) })),
  rules: method(z.object({}), z.object({ fatigue: FatigueLimit, tagRules: z.array(InteractionRule) })),
  setRule: method(InteractionRule, Ok),
  setFatigueLimit: method(FatigueLimit, FatigueLimit),
  /** Logs dropped .eml files as email interactions; one result per file, a bad file never stops the others. */
  importEml: method(z.object({ files: z.array(EmlFile).min(1).max(500), contactId: Id.nullable().default(null) }), z.object({ results: z.array(EmlResult) })),
};
