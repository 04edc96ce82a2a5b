// Many new contacts at once (imports): the same rows, change records and search entries as one-by-one
// creation, without its per-contact reads. The caller has validated the fields, looked up the
// company and parsed each phone already, and holds the transaction.
import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ContactFields } from '../../../src-shared/contract/contacts';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { CHILD_TABLES, childRowsOf, contactColumns } from './contacts.columns';
import type { ContactSearchIndex } from './contacts.search-index';
import { linkIdOf, tagIdOf } from './contacts.tags';

export interface ValidatedContact {
  fields: ContactFields;
  /** E.164 of each of `fields.phones` (null when not a valid number). */
  e164s: (string | null)[];
  /** The name of `fields.companyId`, for the search index. */
  companyName: string | null;
}

/**
 * UUIDv7 ids whose random bytes come from a pool (one getRandomValues call per id costs more than
 * the id), with uuid's own rule for staying in order within one millisecond.
 */
function idSource(): () => string {
  const pool = new Uint8Array(16 * 4096);
  let offset = pool.length;
  let msecs = -Infinity;
  let seq = 0;
  return () => {
    if (offset === pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const random = pool.subarray(offset, (offset += 16));
    const nowMs = Date.now();
    if (nowMs > msecs) {
      msecs = nowMs;
      seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
    } else if ((seq = (seq + 1) | 0) === 0) {
      msecs++;
    }
    return uuidv7({ random, msecs, seq });
  };
}

export function createValidatedInsert(sqlite: Sqlite, writer: ChangeWriter, searchIndex: ContactSearchIndex) {
  const tagState = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM tags WHERE id = ?');

  return function insertValidated(list: readonly ValidatedContact[], nowMs: number): string[] {
    const newId = idSource();
    const readyTags = new Set<string>();
    const ensureTag = (tagId: string, name: string) => {
      if (readyTags.has(tagId)) return;
      const row = tagState.get(tagId) as { deletedAtMs: number | null } | undefined;
      if (!row) writer.insert('tags', tagId, { name: name.trim(), created_at_ms: nowMs, updated_at_ms: nowMs });
      else if (row.deletedAtMs !== null) writer.update('tags', tagId, { deleted_at_ms: null, updated_at_ms: nowMs });
      readyTags.add(tagId);
    };
    const stamps = { created_at_ms: nowMs, updated_at_ms: nowMs };
    return list.map(({ fields, e164s, companyName }) => {
      const id = newId();
      const columns = contactColumns(fields);
      writer.insert('contacts', id, { ...columns, ...stamps });
      const rows = childRowsOf({ ...fields, phones: [] }, undefined);
      rows.contact_phones = fields.phones.map(({ label, value }, i) => ({ cells: { label, value, e164: e164s[i] ?? null } }));
      for (const table of CHILD_TABLES) {
        rows[table].forEach((row, index) => {
          writer.insert(table, newId(), { ...row.cells, is_primary: index === 0, sort_order: index, contact_id: id, ...stamps });
        });
      }
      const tagIds = new Set<string>();
      for (const name of fields.tags) {
        const tagId = tagIdOf(name);
        if (tagIds.has(tagId)) continue;
        tagIds.add(tagId);
        ensureTag(tagId, name);
        writer.insert('contact_tags', linkIdOf(id, tagId), { contact_id: id, tag_id: tagId, ...stamps });
      }
      searchIndex.insertNew(id, {
        displayName: columns.display_name,
        givenName: fields.givenName,
        familyName: fields.familyName,
        companyName,
        emails: fields.emails.map((e) => e.value),
        phones: fields.phones.map((p) => p.value),
      });
      return id;
    });
  };
}
