import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { customFieldFilterSql, type CustomFieldFilterOp, type FilterValue } from './custom-field-filter';
import type { CustomFieldType } from '../../../src-shared/contract/custom-fields';

// A bare table of values is enough to check what each condition selects.
const db = new Database(':memory:');
beforeAll(() => {
  db.exec(`CREATE TABLE contacts (id TEXT PRIMARY KEY);
    CREATE TABLE custom_field_values (id TEXT, field_id TEXT, contact_id TEXT, value TEXT, deleted_at_ms INTEGER);`);
  for (const id of ['a', 'b', 'c', 'd']) db.prepare('INSERT INTO contacts VALUES (?)').run(id);
  const rows: [string, string, string, number | null][] = [
    ['num', 'a', '9', null], ['num', 'b', '10', null], ['num', 'c', '100', null],
    ['txt', 'a', 'Kanchipuram silk', null], ['txt', 'b', 'kanchipuram', null], ['txt', 'd', 'Old', 1],
    ['day', 'a', '2024-01-15', null], ['day', 'b', '2025-06-01', null],
    ['one', 'a', 'Gold', null], ['one', 'b', 'Silver', null],
    ['many', 'a', '["Gold","Silver"]', null], ['many', 'b', '["Silver"]', null],
    ['box', 'c', 'true', null],
  ];
  for (const [field, contact, value, deleted] of rows) {
    db.prepare('INSERT INTO custom_field_values VALUES (?, ?, ?, ?, ?)').run(`${field}-${contact}`, field, contact, value, deleted);
  }
});

function matching(id: string, type: CustomFieldType, op: CustomFieldFilterOp, value?: FilterValue): string[] {
  const { sql, params } = customFieldFilterSql({ id, type }, op, value ?? null);
  return db.prepare(`SELECT c.id FROM contacts c WHERE ${sql} ORDER BY c.id`).pluck().all(...params) as string[];
}

describe('customFieldFilterSql', () => {
  it('compares numbers as numbers, not text', () => {
    expect(matching('num', 'number', 'gt', 9)).toEqual(['b', 'c']);
    expect(matching('num', 'number', 'lt', '10')).toEqual(['a']);
    expect(matching('num', 'number', 'between', [10, 100])).toEqual(['b', 'c']);
    expect(matching('num', 'number', 'equals', 100)).toEqual(['c']);
  });

  it('matches text ignoring case, and never a removed value', () => {
    expect(matching('txt', 'text', 'equals', 'KANCHIPURAM')).toEqual(['b']);
    expect(matching('txt', 'text', 'contains', 'Silk')).toEqual(['a']);
    expect(matching('txt', 'text', 'contains', 'old')).toEqual([]);
    expect(matching('txt', 'text', 'isNotSet')).toEqual(['c', 'd']);
    expect(matching('txt', 'text', 'notEquals', 'kanchipuram')).toEqual(['a', 'c', 'd']);
  });

  it('orders dates and finds choices', () => {
    expect(matching('day', 'date', 'gte', '2025-01-01')).toEqual(['b']);
    expect(matching('one', 'singleChoice', 'includesAny', ['Gold', 'Bronze'])).toEqual(['a']);
    expect(matching('many', 'multiChoice', 'includesAny', ['Silver'])).toEqual(['a', 'b']);
    expect(matching('many', 'multiChoice', 'includesAll', ['Gold', 'Silver'])).toEqual(['a']);
    expect(matching('box', 'checkbox', 'isSet')).toEqual(['c']);
    expect(matching('box', 'checkbox', 'isNotSet')).toEqual(['a', 'b', 'd']);
  });

  it('binds every value and refuses what does not fit', () => {
    const { sql, params } = customFieldFilterSql({ id: 'txt', type: 'text' }, 'equals', "x' OR 1=1 --");
    expect(sql).not.toContain('OR 1=1');
    expect(params).toEqual(['txt', "x' OR 1=1 --"]);
    expect(matching('txt', 'text', 'equals', "x' OR 1=1 --")).toEqual([]);
    expect(() => customFieldFilterSql({ id: 'box', type: 'checkbox' }, 'gt', 1)).toThrow();
    expect(() => customFieldFilterSql({ id: 'num', type: 'number' }, 'gt', null)).toThrow();
    expect(() => customFieldFilterSql({ id: 'num', type: 'number' }, 'isSet', null, 'c; DROP')).toThrow();
    expect(customFieldFilterSql({ id: 'num', type: 'number' }, 'isSet', null, 'contact').sql).toContain('contact.id');
  });
});
