// Turns a Filter into one parameter-bound SQL condition over the contacts row `c`. Field keys are
// looked up in the registry and ops in fixed tables, so no user text ever becomes SQL: every value
// is a bound parameter, and text matching uses instr() (no LIKE wildcards to escape).
import { FIELD_KIND_OPS, type Filter, type FilterCondition, type FilterOp } from '../../../src-shared/contract/segments';
import { AppError } from '../../rpc/app-error';
import type { FieldRegistry, FilterField } from './filter-fields';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** Ops that hold exactly when their positive counterpart does not (for many values: when no value matches). */
const NEGATED: Partial<Record<FilterOp, FilterOp>> = {
  isNot: 'is',
  notContains: 'contains',
  hasNot: 'has',
  isNoneOf: 'isAnyOf',
  isEmpty: 'isNotEmpty',
  isFalse: 'isTrue',
};

const DAY_MS = 86_400_000;

/** Local midnight at the start of a 'YYYY-MM-DD' day, in epoch ms. */
function startOfDayMs(date: string, plusDays = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).getTime();
}

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fail(index: number, message: string): never {
  throw new AppError('invalid_input', `filter.conditions.${index}: ${message}`);
}

/** The positive predicate for one value expression `e`. */
function predicate(field: FilterField, op: FilterOp, value: unknown, e: string, nowMs: number): SqlCondition {
  const stored = (v: string) => (field.toStored ? field.toStored(v) : v);
  switch (field.kind) {
    case 'text':
      if (op === 'contains') return { sql: `instr(lower(${e}), lower(?)) > 0`, params: [value] };
      if (op === 'startsWith') return { sql: `instr(lower(${e}), lower(?)) = 1`, params: [value] };
      // Values are stored trimmed; NOCASE folds ASCII letters as lower() would, without a call per row.
      if (op === 'is') return { sql: `${e} = ? COLLATE NOCASE`, params: [value] };
      return { sql: `trim(${e}) <> ''`, params: [] };
    case 'choice':
      if (op === 'is') return { sql: `${e} = ?`, params: [value] };
      if (op === 'isAnyOf') return { sql: `${e} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(value)] };
      return { sql: `${e} <> ''`, params: [] };
    case 'tag':
      if (op === 'has') return { sql: `${e} = ?`, params: [stored(value as string)] };
      return { sql: '1', params: [] };
    case 'date': {
      const iso = field.dateStorage === 'isoDate';
      const bound = (date: string, plusDays = 0) => (iso ? isoDate(startOfDayMs(date, plusDays)) : startOfDayMs(date, plusDays));
      if (op === 'between') {
        const { from, to } = value as { from: string; to: string };
        return { sql: `${e} >= ? AND ${e} < ?`, params: [bound(from), bound(to, 1)] };
      }
      if (op === 'before') return { sql: `${e} < ?`, params: [bound(value as string)] };
      if (op === 'after') return { sql: `${e} >= ?`, params: [bound(value as string, 1)] };
      if (op === 'inLastDays') {
        const sinceMs = nowMs - (value as number) * DAY_MS;
        return { sql: `${e} >= ?`, params: [iso ? isoDate(sinceMs) : sinceMs] };
      }
      return { sql: `${e} IS NOT NULL`, params: [] };
    }
    case 'month':
      // 'YYYY-MM-DD' and '--MM-DD' both end in 'MM-DD'.
      if (op === 'inMonth') return { sql: `substr(${e}, -5, 2) = ?`, params: [String(value).padStart(2, '0')] };
      return { sql: `coalesce(${e}, '') <> ''`, params: [] };
    case 'flag':
      return { sql: `coalesce(${e}, 0) = 1`, params: [] };
    case 'number':
      if (op === 'equals') return { sql: `${e} = ?`, params: [value] };
      if (op === 'lessThan') return { sql: `${e} < ?`, params: [value] };
      if (op === 'greaterThan') return { sql: `${e} > ?`, params: [value] };
      return { sql: `${e} IS NOT NULL`, params: [] };
  }
}

function compileCondition(registry: FieldRegistry, condition: FilterCondition, index: number, nowMs: number): SqlCondition {
  const field = registry.get(condition.field);
  if (!field) fail(index, `Sampark has no field "${condition.field}" to filter on`);
  const allowed: readonly FilterOp[] = FIELD_KIND_OPS[field.kind];
  if (!allowed.includes(condition.op)) fail(index, `"${condition.field}" cannot use "${condition.op}"; it allows ${allowed.join(', ')}`);
  if (field.allowedValues) {
    const values = typeof condition.value === 'string' ? [condition.value] : Array.isArray(condition.value) ? condition.value : [];
    const wrong = values.find((v) => !field.allowedValues!.includes(v));
    if (wrong !== undefined) fail(index, `"${wrong}" is not a ${condition.field}; use one of ${field.allowedValues.join(', ')}`);
  }
  const positiveOp = NEGATED[condition.op] ?? condition.op;
  const isNegated = positiveOp !== condition.op;
  const { source } = field;
  if ('scalar' in source) {
    const e = field.kind === 'text' || field.kind === 'choice' ? `coalesce(${source.scalar}, '')` : source.scalar;
    const p = predicate(field, positiveOp, condition.value, e, nowMs);
    return isNegated ? { sql: `NOT (${p.sql})`, params: p.params } : p;
  }
  const { table, value, where, whereParams = [] } = source.rows;
  const p = predicate(field, positiveOp, condition.value, `coalesce(${value}, '')`, nowMs);
  // Not correlated: SQLite builds the set of matching contact ids once per query.
  const rows = `SELECT x.contact_id FROM ${table} x WHERE x.deleted_at_ms IS NULL${where ? ` AND (${where})` : ''} AND (${p.sql})`;
  return { sql: `c.id ${isNegated ? 'NOT IN' : 'IN'} (${rows})`, params: [...whereParams, ...p.params] };
}

/** One SQL condition for the whole filter ('1' when it has no conditions). */
export function compileFilter(registry: FieldRegistry, filter: Filter, nowMs: number = Date.now()): SqlCondition {
  if (filter.conditions.length === 0) return { sql: '1', params: [] };
  const parts = filter.conditions.map((condition, index) => compileCondition(registry, condition, index, nowMs));
  return {
    sql: parts.map((p) => `(${p.sql})`).join(filter.match === 'all' ? ' AND ' : ' OR '),
    params: parts.flatMap((p) => p.params),
  };
}
