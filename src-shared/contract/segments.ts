// Finding and organizing contacts: filters ({field, op, value} conditions joined by all/any), saved
// segments that are re-evaluated whenever they are used, sorted keyset pages of matching contacts,
// and bulk actions over a selection, a filter or a segment, each undoable as a whole.
import { z } from 'zod';
import { EpochMs, Id, ShortText } from './common';
import { LIFECYCLE_STAGES } from './contacts';
import { method } from './method';

/** 'YYYY-MM-DD', read in the local time zone of the machine that evaluates the filter. */
export const FilterDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use a date like 2026-03-31');
const FilterText = z.string().trim().min(1, 'Enter a value').max(200);

const condition = <Op extends string, V extends z.ZodType>(ops: readonly [Op, ...Op[]], value: V) =>
  z.object({ field: z.string().min(1).max(100), op: z.enum(ops), value });
const noValue = <Op extends string>(ops: readonly [Op, ...Op[]]) =>
  z.object({ field: z.string().min(1).max(100), op: z.enum(ops), value: z.undefined().optional() });

/**
 * One condition. The shape of `value` follows from `op`; which ops a field allows follows from its
 * kind (FIELD_KIND_OPS), checked by the core against its field registry.
 */
export const FilterCondition = z.discriminatedUnion('op', [
  condition(['is', 'isNot', 'contains', 'notContains', 'startsWith', 'has', 'hasNot'], FilterText),
  condition(['isAnyOf', 'isNoneOf'], z.array(FilterText).min(1, 'Choose at least one value').max(100)),
  noValue(['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse']),
  condition(['before', 'after'], FilterDate),
  condition(
    ['between'],
    z.object({ from: FilterDate, to: FilterDate }).refine((r) => r.from <= r.to, { message: 'The first date must not be after the second', path: ['to'] }),
  ),
  condition(['inLastDays'], z.number().int().min(1, 'Enter at least 1 day').max(36_500)),
  condition(['inMonth'], z.number().int().min(1).max(12)),
  condition(['equals', 'lessThan', 'greaterThan'], z.number().finite()),
]);
export type FilterCondition = z.infer<typeof FilterCondition>;
export type FilterOp = FilterCondition['op'];

export const Filter = z.object({
  /** 'all': every condition must hold; 'any': at least one. No conditions match every contact. */
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(FilterCondition).max(50, 'A filter has at most 50 conditions').default([]),
});
export type Filter = z.output<typeof Filter>;
export type FilterInput = z.input<typeof Filter>;

/**
 * How a field's values behave, which decides its ops: text (exact or partial match), choice (one of
 * known options), tag, date, month (of a birthday), flag (yes/no), number.
 */
export const FIELD_KIND_OPS = {
  text: ['contains', 'notContains', 'is', 'isNot', 'startsWith', 'isEmpty', 'isNotEmpty'],
  choice: ['is', 'isNot', 'isAnyOf', 'isNoneOf', 'isEmpty', 'isNotEmpty'],
  tag: ['has', 'hasNot', 'isNotEmpty', 'isEmpty'],
  date: ['between', 'before', 'after', 'inLastDays', 'isEmpty', 'isNotEmpty'],
  month: ['inMonth', 'isEmpty', 'isNotEmpty'],
  flag: ['isTrue', 'isFalse'],
  number: ['equals', 'lessThan', 'greaterThan', 'isEmpty', 'isNotEmpty'],
} as const satisfies Record<string, readonly FilterOp[]>;
export type FieldKind = keyof typeof FIELD_KIND_OPS;
export const FieldKind = z.enum(Object.keys(FIELD_KIND_OPS) as [FieldKind, ...FieldKind[]]);

/** A field the filter builder offers, as the core's field registry describes it. */
export const FilterFieldInfo = z.object({
  key: z.string(),
  kind: FieldKind,
  /** Name to show for fields users define (custom fields); built-in fields are named by the UI's catalogue. */
  label: z.string().nullable(),
  /** True when a contact can have many values (emails, addresses, tags): "is empty" reads "has none". */
  isMultiValued: z.boolean(),
  /** Known values (choice fields, tag names) to offer; free text is still accepted where the kind allows. */
  options: z.array(z.string()),
});
export type FilterFieldInfo = z.infer<typeof FilterFieldInfo>;

export const Segment = z.object({
  id: Id,
  name: z.string(),
  filter: Filter,
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});
export type Segment = z.infer<typeof Segment>;

export const SegmentFields = z.object({ name: ShortText.min(1, 'Give the segment a name').max(100), filter: Filter });

/** Columns of the contact list; every one but tags can be sorted by. */
export const LIST_COLUMNS = ['name', 'company', 'jobTitle', 'email', 'phone', 'city', 'stage', 'owner', 'source', 'language', 'tags', 'created', 'updated'] as const;
export const ListColumn = z.enum(LIST_COLUMNS);
export type ListColumn = z.infer<typeof ListColumn>;
export const SORT_COLUMNS = LIST_COLUMNS.filter((c) => c !== 'tags') as Exclude<ListColumn, 'tags'>[];
export const SortColumn = z.enum(SORT_COLUMNS as [Exclude<ListColumn, 'tags'>, ...Exclude<ListColumn, 'tags'>[]]);
export type SortColumn = z.infer<typeof SortColumn>;
export const ListSort = z.object({ column: SortColumn.default('name'), direction: z.enum(['asc', 'desc']).default('asc') });
export type ListSort = z.output<typeof ListSort>;

/** Keyset cursor: the last row's sort value, its name key (ties sort by name) and id. */
export const ListCursor = z.object({ value: z.union([z.string(), z.number()]), nameKey: z.string(), id: Id });
export type ListCursor = z.infer<typeof ListCursor>;

/** Which contacts: a saved segment, or a filter as built (none: every active contact). */
export const ContactScope = z.object({
  segmentId: Id.nullable().default(null),
  filter: Filter.nullable().default(null),
});
export type ContactScopeInput = z.input<typeof ContactScope>;

export const ContactListRow = z.object({
  id: Id,
  displayName: z.string(),
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  jobTitle: z.string(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  archivedAtMs: EpochMs.nullable(),
  city: z.string().nullable(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  owner: z.string(),
  source: z.string(),
  preferredLanguage: z.string(),
  tags: z.array(z.string()),
  createdAtMs: EpochMs,
  updatedAtMs: EpochMs,
});
export type ContactListRow = z.infer<typeof ContactListRow>;

/** The contacts a bulk action applies to: chosen ids, or everything in a scope (minus some ids). */
export const BulkTarget = z.union([
  z.object({ ids: z.array(Id).min(1).max(100_000) }),
  ContactScope.extend({ excludeIds: z.array(Id).max(100_000).default([]) }),
]);
export type BulkTargetInput = z.input<typeof BulkTarget>;
export type BulkTarget = z.output<typeof BulkTarget>;

export const BULK_FIELDS = ['source', 'preferredLanguage', 'isDoNotContact', 'isDoNotMail'] as const;
const TagName = z.string().trim().min(1, 'Enter a tag').max(100);
export const BulkAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('addTag'), tag: TagName }),
  z.object({ type: z.literal('removeTag'), tag: TagName }),
  z.object({ type: z.literal('setStage'), stage: z.enum(LIFECYCLE_STAGES) }),
  z.object({ type: z.literal('setOwner'), owner: ShortText }),
  z.object({ type: z.literal('setField'), field: z.enum(['source', 'preferredLanguage']), value: ShortText }),
  z.object({ type: z.literal('setFlag'), field: z.enum(['isDoNotContact', 'isDoNotMail']), value: z.boolean() }),
  z.object({ type: z.literal('archive') }),
]);
export type BulkAction = z.infer<typeof BulkAction>;

export const BulkResult = z.object({
  bulkId: Id,
  /** Contacts the action applied to. */
  total: z.number().int(),
  /** Of those, how many actually changed (the rest already had the value). */
  changed: z.number().int(),
});

/** The `job` of progress events a bulk action sends while it runs. */
export const BULK_PROGRESS_JOB = 'segments.bulk';

const scopeWithLimit = ContactScope.extend({
  sort: ListSort.default({ column: 'name', direction: 'asc' }),
  after: ListCursor.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});

export const segments = {
  /** Saved segments by name. */
  list: method(z.object({}), z.object({ items: z.array(Segment) })),
  get: method(z.object({ id: Id }), Segment),
  create: method(SegmentFields, Segment),
  update: method(z.object({ id: Id, fields: SegmentFields }), Segment),
  /** Deletes a segment (kept as a tombstone; `restore` is the Undo). The contacts are untouched. */
  delete: method(z.object({ id: Id }), z.object({ ok: z.literal(true) })),
  restore: method(z.object({ id: Id }), Segment),
  /** Every field a filter can use, with its kind and known values. */
  fields: method(z.object({}), z.object({ items: z.array(FilterFieldInfo) })),
  /** How many active contacts are in the scope now. */
  count: method(ContactScope, z.object({ count: z.number().int() })),
  /** A page of the scope's active contacts, sorted by any column, keyset-paged over (column, name, id). */
  contacts: method(scopeWithLimit, z.object({ items: z.array(ContactListRow), nextCursor: ListCursor.nullable() })),
  /** Every id in the scope (for exports and selections), in name order. */
  ids: method(ContactScope, z.object({ ids: z.array(Id) })),
  /** One action over many contacts, in one transaction, with progress events; undo with undoBulk. */
  bulk: method(z.object({ target: BulkTarget, action: BulkAction }), BulkResult),
  /** Puts back what a bulk action changed (contacts edited since keep their newer values). */
  undoBulk: method(z.object({ bulkId: Id }), z.object({ restored: z.number().int() })),
};
