// Tags on companies: the same tags table as contacts (one "VIP" tag for both), linked through
// company_tags with ids derived from company and tag, so two machines adding a tag converge.
import { createHash } from 'node:crypto';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { tagIdOf } from '../contacts';

const linkIdOf = (companyId: string, tagId: string) => `cot-${createHash('sha256').update(`${companyId}\u0000${tagId}`).digest('hex').slice(0, 32)}`;

export function createCompanyTags(sqlite: Sqlite, writer: ChangeWriter) {
  const tag = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM tags WHERE id = ?');
  const link = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM company_tags WHERE id = ?');
  const linked = sqlite.prepare(
    `SELECT ct.id, t.name FROM company_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.company_id = ? AND ct.deleted_at_ms IS NULL ORDER BY t.name`,
  );

  function ensureTag(name: string, nowMs: number): string {
    const id = tagIdOf(name);
    const row = tag.get(id) as { deletedAtMs: number | null } | undefined;
    if (!row) writer.insert('tags', id, { name: name.trim(), created_at_ms: nowMs, updated_at_ms: nowMs });
    else if (row.deletedAtMs !== null) writer.update('tags', id, { deleted_at_ms: null, updated_at_ms: nowMs });
    return id;
  }

  return {
    namesOf(companyId: string): string[] {
      return (linked.all(companyId) as { name: string }[]).map((r) => r.name);
    },

    /** Makes the company's tags exactly `names` (case- and accent-insensitive). Returns whether anything changed. */
    set(companyId: string, names: string[], nowMs: number): boolean {
      let changed = false;
      const wanted = new Map<string, string>();
      for (const name of names) if (!wanted.has(tagIdOf(name))) wanted.set(tagIdOf(name), name);
      for (const [tagId, name] of wanted) {
        ensureTag(name, nowMs);
        const id = linkIdOf(companyId, tagId);
        const row = link.get(id) as { deletedAtMs: number | null } | undefined;
        if (!row) {
          writer.insert('company_tags', id, { company_id: companyId, tag_id: tagId, created_at_ms: nowMs, updated_at_ms: nowMs });
          changed = true;
        } else if (row.deletedAtMs !== null) {
          changed = writer.update('company_tags', id, { deleted_at_ms: null, updated_at_ms: nowMs }) || changed;
        }
      }
      for (const current of linked.all(companyId) as { id: string; name: string }[]) {
        if (!wanted.has(tagIdOf(current.name))) changed = writer.update('company_tags', current.id, { deleted_at_ms: nowMs, updated_at_ms: nowMs }) || changed;
      }
      return changed;
    },
  };
}
