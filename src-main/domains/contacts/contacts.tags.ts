// Tags by name. Tag and link ids are derived from content (the folded name; contact + tag), so two
// machines that add the same tag to the same contact converge on one row instead of two.
import { createHash } from 'node:crypto';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { sortKey } from './search-text';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
export const tagIdOf = (name: string) => `tag-${digest(sortKey(name))}`;
export const linkIdOf = (contactId: string, tagId: string) => `ct-${digest(`${contactId}\u0000${tagId}`)}`;

export type ContactTags = ReturnType<typeof createContactTags>;

export function createContactTags(sqlite: Sqlite, writer: ChangeWriter) {
  const tag = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM tags WHERE id = ?');
  const link = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM contact_tags WHERE id = ?');
  const linked = sqlite.prepare(
    `SELECT ct.id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.contact_id = ? AND ct.deleted_at_ms IS NULL ORDER BY t.name`,
  );

  function ensureTag(name: string, nowMs: number): string {
    const id = tagIdOf(name);
    const row = tag.get(id) as { deletedAtMs: number | null } | undefined;
    if (!row) writer.insert('tags', id, { name: name.trim(), created_at_ms: nowMs, updated_at_ms: nowMs });
    else if (row.deletedAtMs !== null) writer.update('tags', id, { deleted_at_ms: null, updated_at_ms: nowMs });
    return id;
  }

  return {
    namesOf(contactId: string): string[] {
      return (linked.all(contactId) as { name: string }[]).map((r) => r.name);
    },

    /** Makes the contact's tags exactly `names` (case- and accent-insensitive). Returns whether anything changed. */
    set(contactId: string, names: string[], nowMs: number): boolean {
      let changed = false;
      const wanted = new Map<string, string>();
      for (const name of names) if (!wanted.has(tagIdOf(name))) wanted.set(tagIdOf(name), name);
      for (const [tagId, name] of wanted) {
        ensureTag(name, nowMs);
        const id = linkIdOf(contactId, tagId);
        const row = link.get(id) as { deletedAtMs: number | null } | undefined;
        if (!row) {
          writer.insert('contact_tags', id, { contact_id: contactId, tag_id: tagId, created_at_ms: nowMs, updated_at_ms: nowMs });
          changed = true;
        } else if (row.deletedAtMs !== null) {
          changed = writer.update('contact_tags', id, { deleted_at_ms: null, updated_at_ms: nowMs }) || changed;
        }
      }
      for (const current of linked.all(contactId) as { id: string; name: string }[]) {
        if (!wanted.has(tagIdOf(current.name))) changed = writer.update('contact_tags', current.id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }) || changed;
      }
      return changed;
    },
  };
}
