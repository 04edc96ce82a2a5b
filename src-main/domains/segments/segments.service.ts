// Saved segments and the contacts in a scope (a segment, a filter as built, or both). A segment
// stores its filter, never its members: every use evaluates it afresh, so it is always up to date.
import { v7 as uuidv7 } from 'uuid';
import { Filter, type ListCursor, type ListSort, type Segment } from '../../../src-shared/contract/segments';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { createContactListQuery, type ContactCondition } from '../contacts';
import { compileFilter } from './compile-filter';
import type { FieldRegistry } from './filter-fields';
import { createSegmentsRepo, type SegmentRow } from './segments.repo';

export interface Scope {
  segmentId: string | null;
  filter: Filter | null;
}

export type SegmentsService = ReturnType<typeof createSegmentsService>;

export function createSegmentsService(options: { sqlite: Sqlite; writer: ChangeWriter; events: EventBus; fields: FieldRegistry; now?: () => number }) {
  const { sqlite, writer, events, fields } = options;
  const now = options.now ?? Date.now;
  const repo = createSegmentsRepo(sqlite);
  const list = createContactListQuery(sqlite);
  const changed = () => events.emit({ type: 'changed', domain: 'segments' });

  function toSegment(row: SegmentRow): Segment {
    const parsed = Filter.safeParse(JSON.parse(row.filter));
    // A segment written by a newer version on another machine may hold what this one cannot read.
    if (!parsed.success) throw new AppError('invalid_input', `The segment "${row.name}" has a filter this version of Sampark cannot read.`);
    return { id: row.id, name: row.name, filter: parsed.data, createdAtMs: row.createdAtMs, updatedAtMs: row.updatedAtMs };
  }

  function liveRow(id: string): SegmentRow {
    const row = repo.byId.get(id);
    if (!row || row.deletedAtMs !== null) notFound('segment', id);
    return row;
  }

  function checkName(name: string, exceptId: string | null) {
    const same = repo.byName.all(name).find((row) => row.id !== exceptId);
    if (same) throw new AppError('conflict', `name: There is already a segment called "${same.name}"`);
  }

  /** Compiles first, so a filter that cannot run is never saved. */
  function checkFilter(filter: Filter) {
    compileFilter(fields, filter, now());
  }

  function condition(scope: Scope): ContactCondition {
    const parts: ContactCondition[] = [];
    if (scope.segmentId) parts.push(compileFilter(fields, toSegment(liveRow(scope.segmentId)).filter, now()));
    if (scope.filter) parts.push(compileFilter(fields, scope.filter, now()));
    if (parts.length === 0) return { sql: '1', params: [] };
    return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
  }

  return {
    condition,

    list(): Segment[] {
      return repo.live.all().map(toSegment);
    },

    get(id: string): Segment {
      return toSegment(liveRow(id));
    },

    /** A live segment by name (any case), for the CLI's --segment NAME. */
    byName(name: string): Segment {
      const [row, other] = repo.byName.all(name);
      if (!row) throw new AppError('not_found', `No segment called "${name}". See: sampark segments list`);
      if (other) throw new AppError('conflict', `More than one segment is called "${name}"; rename one in the app.`);
      return toSegment(row);
    },

    create(fields: { name: string; filter: Filter }): Segment {
      checkName(fields.name, null);
      checkFilter(fields.filter);
      const id = uuidv7();
      const nowMs = now();
      sqlite.transaction(() => {
        writer.insert('segments', id, { name: fields.name, filter: JSON.stringify(fields.filter), created_at_ms: nowMs, updated_at_ms: nowMs });
      })();
      changed();
      return toSegment(repo.byId.get(id)!);
    },

    update(id: string, next: { name: string; filter: Filter }): Segment {
      liveRow(id);
      checkName(next.name, id);
      checkFilter(next.filter);
      const nowMs = now();
      sqlite.transaction(() => {
        writer.update('segments', id, { name: next.name, filter: JSON.stringify(next.filter) }, { updated_at_ms: nowMs });
      })();
      changed();
      return toSegment(repo.byId.get(id)!);
    },

    delete(id: string) {
      liveRow(id);
      const nowMs = now();
      sqlite.transaction(() => writer.update('segments', id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }))();
      changed();
      return { ok: true as const };
    },

    restore(id: string): Segment {
      const row = repo.byId.get(id);
      if (!row) notFound('segment', id);
      if (row.deletedAtMs !== null) {
        checkName(row.name, id);
        sqlite.transaction(() => writer.update('segments', id, { deleted_at_ms: null, updated_at_ms: now() }))();
        changed();
      }
      return toSegment(repo.byId.get(id)!);
    },

    fields() {
      return { items: fields.describe(sqlite) };
    },

    count(scope: Scope) {
      return { count: list.count(condition(scope)) };
    },

    contacts(scope: Scope, sort: ListSort, after: ListCursor | null, limit: number) {
      return list.page(condition(scope), sort, after, limit);
    },

    ids(scope: Scope, excludeIds: readonly string[] = []): string[] {
      const where = condition(scope);
      if (excludeIds.length === 0) return list.ids(where);
      return list.ids({ sql: `(${where.sql}) AND c.id NOT IN (SELECT value FROM json_each(?))`, params: [...where.params, JSON.stringify(excludeIds)] });
    },
  };
}
