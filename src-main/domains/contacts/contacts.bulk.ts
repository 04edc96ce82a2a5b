// Writes for bulk actions, one contact at a time inside the caller's transaction: a column, a tag,
// archiving. Each goes through the change writer like any edit, touches updated_at_ms when something
// changed, and keeps the search index in step (archiving removes a contact from search).
import type { CellValue } from '../../db/changes/synced-tables';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { createContactSearchIndex } from './contacts.search-index';
import { linkIdOf, tagIdOf } from './contacts.tags';

/** The contact columns a bulk action may set. */
export const BULK_COLUMNS = ['lifecycle_stage', 'owner', 'source', 'preferred_language', 'is_do_not_contact', 'is_do_not_mail'] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];

export type ContactBulkWriter = ReturnType<typeof createContactBulkWriter>;

export function createContactBulkWriter(sqlite: Sqlite, writer: ChangeWriter) {
  const searchIndex = createContactSearchIndex(sqlite);
  const column = Object.fromEntries(
    BULK_COLUMNS.map((name) => [name, sqlite.prepare(`SELECT ${name} FROM contacts WHERE id = ?`).pluck()]),
  ) as Record<BulkColumn, ReturnType<Sqlite['prepare']>>;
  const state = sqlite.prepare('SELECT updated_at_ms AS updatedAtMs, archived_at_ms AS archivedAtMs FROM contacts WHERE id = ?');
  const tag = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM tags WHERE id = ?');
  const link = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM contact_tags WHERE id = ?');
  const touch = (id: string, nowMs: number) => writer.update('contacts', id, { updated_at_ms: nowMs });

  return {
    stateOf(id: string): { updatedAtMs: number; archivedAtMs: number | null } | undefined {
      return state.get(id) as { updatedAtMs: number; archivedAtMs: number | null } | undefined;
    },

    valueOf(id: string, name: BulkColumn): CellValue {
      return column[name].get(id) as CellValue;
    },

    /** Returns whether the value changed. */
    setColumn(id: string, name: BulkColumn, value: CellValue, nowMs: number): boolean {
      return writer.update('contacts', id, { [name]: value }, { updated_at_ms: nowMs });
    },

    hasTag(id: string, name: string): boolean {
      const row = link.get(linkIdOf(id, tagIdOf(name))) as { deletedAtMs: number | null } | undefined;
      return row !== undefined && row.deletedAtMs === null;
    },

    /** Creates the tag (or brings it back) once, before tagging many contacts with it. */
    ensureTag(name: string, nowMs: number): void {
      const id = tagIdOf(name);
      const row = tag.get(id) as { deletedAtMs: number | null } | undefined;
      if (!row) writer.insert('tags', id, { name: name.trim(), created_at_ms: nowMs, updated_at_ms: nowMs });
      else if (row.deletedAtMs !== null) writer.update('tags', id, { deleted_at_ms: null, updated_at_ms: nowMs });
    },

    /** Adds or removes one tag (call ensureTag first when adding). Returns whether it changed. */
    setTag(id: string, name: string, isWanted: boolean, nowMs: number): boolean {
      const tagId = tagIdOf(name);
      const linkId = linkIdOf(id, tagId);
      const row = link.get(linkId) as { deletedAtMs: number | null } | undefined;
      const isThere = row !== undefined && row.deletedAtMs === null;
      if (isThere === isWanted) return false;
      if (!row) writer.insert('contact_tags', linkId, { contact_id: id, tag_id: tagId, created_at_ms: nowMs, updated_at_ms: nowMs });
      else writer.update('contact_tags', linkId, { deleted_at_ms: isWanted ? null : nowMs, updated_at_ms: nowMs });
      touch(id, nowMs);
      return true;
    },

    setArchived(id: string, isArchived: boolean, nowMs: number): boolean {
      const current = state.get(id) as { archivedAtMs: number | null } | undefined;
      if (!current || (current.archivedAtMs !== null) === isArchived) return false;
      writer.update('contacts', id, { archived_at_ms: isArchived ? nowMs : null, updated_at_ms: nowMs });
      searchIndex.update(id);
      return true;
    },

    /** Puts back an updated_at_ms (undo), without stamping anything else. */
    setUpdatedAt(id: string, updatedAtMs: number): void {
      writer.update('contacts', id, { updated_at_ms: updatedAtMs });
    },
  };
}
