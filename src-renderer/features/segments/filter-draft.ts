// The filter as the builder edits it: conditions may be unfinished (no field yet, an empty value).
// Only finished conditions reach the core; an unfinished one is shown, not applied.
import { FIELD_KIND_OPS, type FieldKind, type Filter, type FilterCondition, type FilterFieldInfo, type FilterOp } from '../../../src-shared/contract/segments';

export type DraftValue = string | string[] | { from: string; to: string };

export interface DraftCondition {
  /** Stable React key. */
  key: number;
  field: string;
  op: FilterOp | '';
  value: DraftValue;
}

export interface FilterDraft {
  match: 'all' | 'any';
  conditions: DraftCondition[];
}

export const EMPTY_DRAFT: FilterDraft = { match: 'all', conditions: [] };

/** How an op's value is entered. */
export type ValueShape = 'none' | 'text' | 'list' | 'date' | 'range' | 'number' | 'month';

const NO_VALUE: readonly FilterOp[] = ['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse'];

export function valueShape(op: FilterOp | ''): ValueShape {
  if (op === '' || NO_VALUE.includes(op)) return 'none';
  if (op === 'isAnyOf' || op === 'isNoneOf') return 'list';
  if (op === 'before' || op === 'after') return 'date';
  if (op === 'between') return 'range';
  if (op === 'inMonth') return 'month';
  if (op === 'inLastDays' || op === 'equals' || op === 'lessThan' || op === 'greaterThan') return 'number';
  return 'text';
}

export function emptyValue(op: FilterOp | ''): DraftValue {
  const shape = valueShape(op);
  return shape === 'list' ? [] : shape === 'range' ? { from: '', to: '' } : '';
}

export function opsFor(kind: FieldKind): readonly FilterOp[] {
  return FIELD_KIND_OPS[kind];
}

let nextKey = 1;
export function newCondition(field = '', kind?: FieldKind): DraftCondition {
  const op = kind ? (opsFor(kind)[0] ?? '') : '';
  return { key: nextKey++, field, op, value: emptyValue(op) };
}

/** The condition for the core, or null while it is unfinished. */
export function toCondition(draft: DraftCondition, fields: readonly FilterFieldInfo[]): FilterCondition | null {
  const field = fields.find((f) => f.key === draft.field);
  if (!field || draft.op === '' || !opsFor(field.kind).includes(draft.op)) return null;
  const { value } = draft;
  const base = { field: draft.field, op: draft.op };
  switch (valueShape(draft.op)) {
    case 'none':
      return base as FilterCondition;
    case 'list':
      return Array.isArray(value) && value.length > 0 ? ({ ...base, value } as FilterCondition) : null;
    case 'range':
      return typeof value === 'object' && !Array.isArray(value) && value.from && value.to && value.from <= value.to
        ? ({ ...base, value } as FilterCondition)
        : null;
    case 'number':
    case 'month': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(n) || (draft.op !== 'equals' && draft.op !== 'lessThan' && draft.op !== 'greaterThan' && (!Number.isInteger(n) || n < 1))) return null;
      return { ...base, value: n } as FilterCondition;
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? ({ ...base, value: value.trim() } as FilterCondition) : null;
  }
}

export function toFilter(draft: FilterDraft, fields: readonly FilterFieldInfo[]): Filter {
  return {
    match: draft.match,
    conditions: draft.conditions.map((c) => toCondition(c, fields)).filter((c): c is FilterCondition => c !== null),
  };
}

export function fromFilter(filter: Filter): FilterDraft {
  return {
    match: filter.match,
    conditions: filter.conditions.map((c) => ({
      key: nextKey++,
      field: c.field,
      op: c.op,
      value: typeof c.value === 'number' ? String(c.value) : (c.value ?? ''),
    })),
  };
}

/** True when two filters ask for the same contacts (same conditions in the same order). */
export function isSameFilter(a: Filter, b: Filter): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
