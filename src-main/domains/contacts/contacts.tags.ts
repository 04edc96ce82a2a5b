// Tags by name. Tag and link ids are derived from content (the folded name; contact + tag), so two
// machines that add the same tag to the same contact converge on one row instead of two.
import { createHash } from 'node:crypto';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { sortKey } from './search-text';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
export const tagIdOf = (name: string) => `tag-${digest(sortKey(name))}`;
export const linkIdOf = (contactId: string, tagId: string) => `ct-${digest(`${contactId}\u0000${tagId}`)}`;

/** Where one kind of record links to tags: contacts through contact_tags, companies through company_tags. */
export interface TagLinks {
  table: 'contact_tags' | 'company_tags';
  ownerColumn: 'contact_id' | 'company_id';
  linkIdOf: (ownerId: string, tagId: string) => string;
}

const CONTACT_LINKS: TagLinks = { table: 'contact_tags', ownerColumn: 'contact_id', linkIdOf };

export type ContactTags = ReturnType<typeof createTagLinks>;

export function createContactTags(sqlite: Sqlite, writer: ChangeWriter) {
  return createTagLinks(sqlite, writer, CONTACT_LINKS);
}

/** Tags of one kind of record, by name; the table and column names come from `TagLinks`, never from users. */
export function createTagLinks(sqlite: Sqlite, writer: ChangeWriter, links: TagLinks) {
  const { table, ownerColumn } = links;
  const tag = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM tags WHERE id = ?');
  const link = sqlite.prepare(`SELECT deleted_at_ms AS deletedAtMs FROM ${table} WHERE id = ?`);
  const linked = sqlite.prepare(
    `SELECT x.id, t.name FROM ${table} x JOIN tags t ON t.id = x.tag_id
     WHERE x.${ownerColumn} = ? AND x.deleted_at_ms IS NULL ORDER BY t.name`,
  );

  function ensureTag(name: string, nowMs: number): string {
    const id = tagIdOf(name);
    const row = tag.get(id) as { deletedAtMs: number | null } | undefined;
    if (!row) writer.insert('tags', id, { name: name.trim(), created_at_ms: nowMs, updated_at_ms: nowMs });
    else if (row.deletedAtMs !== null) writer.update('tags', id, { deleted_at_ms: null, updated_at_ms: nowMs });
    return id;
  }

  return {
    namesOf(ownerId: string): string[] {
      return (linked.all(ownerId) as { name: string }[]).map((r) => r.name);
    },

    /** Makes the record's tags exactly `names` (case- and accent-insensitive). Returns whether anything changed. */
    set(ownerId: string, names: string[], nowMs: number): boolean {
      let changed = false;
      const wanted = new Map<string, string>();
      for (const name of names) if (!wanted.has(tagIdOf(name))) wanted.set(tagIdOf(name), name);
      for (const [tagId, name] of wanted) {
        ensureTag(name, nowMs);
        const id = links.linkIdOf(ownerId, tagId);
        const row = link.get(id) as { deletedAtMs: number | null } | undefined;
        if (!row) {
          writer.insert(table, id, { [ownerColumn]: ownerId, tag_id: tagId, created_at_ms: nowMs, updated_at_ms: nowMs });
          changed = true;
        } else if (row.deletedAtMs !== null) {
          changed = writer.update(table, id, { deleted_at_ms: null, updated_at_ms: nowMs }) || changed;
        }
      }
      for (const current of linked.all(ownerId) as { id: string; name: string }[]) {
        if (!wanted.has(tagIdOf(current.name))) changed = writer.update(table, current.id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }) || changed;
      }
      return changed;
    },
  };
}
