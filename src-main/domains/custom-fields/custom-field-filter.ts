// Custom fields as segment filters: a parameter-bound SQL condition on a contacts row, for the
// segments' filter registry. Values are compared as stored (custom-fields.ts: numbers as decimal
// text, dates YYYY-MM-DD, multi choice a JSON array), so every type filters the way it reads.
import type { CustomFieldType } from '../../../src-shared/contract/custom-fields';

export const CUSTOM_FIELD_FILTER_OPS = ['isSet', 'isNotSet', 'equals', 'notEquals', 'contains', 'gt', 'gte', 'lt', 'lte', 'between', 'includesAny', 'includesAll'] as const;
export type CustomFieldFilterOp = (typeof CUSTOM_FIELD_FILTER_OPS)[number];
export type FilterValue = string | number | boolean | null | (string | number)[];

export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

/** Which operators make sense for each type (checkbox: checked = isSet, unchecked = isNotSet). */
export const OPS_BY_TYPE: Record<CustomFieldType, readonly CustomFieldFilterOp[]> = {
  text: ['isSet', 'isNotSet', 'equals', 'notEquals', 'contains'],
  url: ['isSet', 'isNotSet', 'equals', 'notEquals', 'contains'],
  number: ['isSet', 'isNotSet', 'equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'between'],
  date: ['isSet', 'isNotSet', 'equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'between'],
  singleChoice: ['isSet', 'isNotSet', 'equals', 'notEquals', 'includesAny'],
  multiChoice: ['isSet', 'isNotSet', 'includesAny', 'includesAll'],
  checkbox: ['isSet', 'isNotSet'],
};

const COMPARE = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function scalar(value: FilterValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error('This filter needs one value');
}

function list(value: FilterValue): (string | number)[] {
  if (Array.isArray(value) && value.length > 0) return value;
  if (typeof value === 'string' || typeof value === 'number') return [value];
  throw new Error('This filter needs at least one value');
}

/**
 * A condition on the contacts row aliased `contactAlias` (default `c`), true when the contact's value
 * of this field passes `op`. Identifiers are fixed; every value is a bound parameter.
 * Example: `customFieldFilterSql({ id, type: 'number' }, 'gt', 5)` →
 * `EXISTS (SELECT 1 FROM custom_field_values v WHERE … AND CAST(v.value AS REAL) > ?)`, params `[id, 5]`.
 */
export function customFieldFilterSql(
  field: { id: string; type: CustomFieldType },
  op: CustomFieldFilterOp,
  value: FilterValue = null,
  contactAlias = 'c',
): SqlFragment {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(contactAlias)) throw new Error(`Not a table alias: ${contactAlias}`);
  if (!OPS_BY_TYPE[field.type].includes(op)) throw new Error(`A ${field.type} field cannot be filtered with ${op}`);
  const has = (condition: string, params: (string | number)[], negate = false): SqlFragment => ({
    sql: `${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM custom_field_values v WHERE v.contact_id = ${contactAlias}.id AND v.field_id = ? AND v.deleted_at_ms IS NULL${condition ? ` AND ${condition}` : ''})`,
    params: [field.id, ...params],
  });
  const isNumber = field.type === 'number';
  const column = isNumber ? 'CAST(v.value AS REAL)' : 'v.value';
  const operand = (v: string | number) => (isNumber ? Number(v) : String(v));
  const caseless = field.type === 'text' || field.type === 'url';
  switch (op) {
    case 'isSet':
      return has('', []);
    case 'isNotSet':
      return has('', [], true);
    case 'equals':
    case 'notEquals': {
      const condition = caseless ? 'lower(v.value) = lower(?)' : `${column} = ?`;
      return has(condition, [operand(scalar(value))], op === 'notEquals');
    }
    case 'contains':
      return has("instr(lower(v.value), lower(?)) > 0", [String(scalar(value))]);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return has(`${column} ${COMPARE[op]} ?`, [operand(scalar(value))]);
    case 'between': {
      const [low, high] = list(value);
      if (low === undefined || high === undefined) throw new Error('between needs two values');
      return has(`${column} BETWEEN ? AND ?`, [operand(low), operand(high)]);
    }
    case 'includesAny':
    case 'includesAll': {
      const options = list(value).map(String);
      const marks = options.map(() => '?').join(', ');
      if (field.type === 'singleChoice') return has(`v.value IN (${marks})`, options);
      if (op === 'includesAny') return has(`EXISTS (SELECT 1 FROM json_each(v.value) j WHERE j.value IN (${marks}))`, options);
      return has(`(SELECT count(DISTINCT j.value) FROM json_each(v.value) j WHERE j.value IN (${marks})) = ?`, [...options, new Set(options).size]);
    }
  }
}
