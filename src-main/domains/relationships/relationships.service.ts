// Relationships between contacts: one synced row per relationship, read from both sides. Removal is a
// tombstone, so Undo (restore) and sync both see it.
import { v7 as uuidv7 } from 'uuid';
import type { RelationshipView } from '../../../src-shared/contract/relationships';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { roleFor } from './relationship-role';

export type RelationshipsService = ReturnType<typeof createRelationshipsService>;

interface Row {
  id: string;
  fromContactId: string;
  toContactId: string;
  kind: string;
  customLabel: string;
  createdAtMs: number;
  otherId: string;
  otherName: string;
  otherArchivedAtMs: number | null;
}

export function createRelationshipsService(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, now: () => number = Date.now) {
  const changed = () => events.emit({ type: 'changed', domain: 'relationships' });
  const SIDE = (mine: string, other: string) =>
    `SELECT r.id, r.from_contact_id AS fromContactId, r.to_contact_id AS toContactId, r.kind, r.custom_label AS customLabel,
            r.created_at_ms AS createdAtMs, c.id AS otherId, c.display_name AS otherName, c.archived_at_ms AS otherArchivedAtMs
     FROM relationships r JOIN contacts c ON c.id = r.${other}
     WHERE r.${mine} = :id AND r.deleted_at_ms IS NULL`;
  // Oldest first (columns 6 and 1: created_at_ms, id).
  const listFor = sqlite.prepare(`${SIDE('from_contact_id', 'to_contact_id')} UNION ALL ${SIDE('to_contact_id', 'from_contact_id')} ORDER BY 6, 1`);
  const contact = sqlite.prepare('SELECT archived_at_ms AS archivedAtMs FROM contacts WHERE id = ?');
  const byId = sqlite.prepare('SELECT deleted_at_ms AS deletedAtMs FROM relationships WHERE id = ?');
  const same = sqlite.prepare(
    `SELECT id FROM relationships WHERE deleted_at_ms IS NULL AND kind = :kind AND custom_label = :customLabel
     AND ((from_contact_id = :from AND to_contact_id = :to) OR (:symmetric AND from_contact_id = :to AND to_contact_id = :from))`,
  ).pluck();

  function requireLive(id: string) {
    const row = contact.get(id) as { archivedAtMs: number | null } | undefined;
    if (!row) notFound('contact', id);
    if (row.archivedAtMs !== null) throw new AppError('conflict', 'That contact is archived; restore it first.');
  }

  const addTx = sqlite.transaction((input: { fromContactId: string; toContactId: string; kind: string; customLabel: string }) => {
    if (input.fromContactId === input.toContactId) throw new AppError('invalid_input', 'toContactId: A contact cannot be related to themselves');
    requireLive(input.fromContactId);
    requireLive(input.toContactId);
    const customLabel = input.kind === 'custom' ? input.customLabel : '';
    // Adding what is already there is a no-op: the existing relationship is the answer.
    const existing = same.get({ kind: input.kind, customLabel, from: input.fromContactId, to: input.toContactId, symmetric: input.kind === 'spouse' ? 1 : 0 }) as string | undefined;
    if (existing) return existing;
    const id = uuidv7();
    const nowMs = now();
    writer.insert('relationships', id, {
      from_contact_id: input.fromContactId,
      to_contact_id: input.toContactId,
      kind: input.kind,
      custom_label: customLabel,
      created_at_ms: nowMs,
      updated_at_ms: nowMs,
    });
    return id;
  });

  function setDeleted(id: string, deleted: boolean) {
    const row = byId.get(id) as { deletedAtMs: number | null } | undefined;
    if (!row) notFound('relationship', id);
    const nowMs = now();
    if (writer.update('relationships', id, { deleted_at_ms: deleted ? nowMs : null }, { updated_at_ms: nowMs })) changed();
  }

  return {
    listFor(contactId: string): { items: RelationshipView[] } {
      const rows = listFor.all({ id: contactId }) as Row[];
      return {
        items: rows.map((r) => ({
          id: r.id,
          role: roleFor(r.kind, r.fromContactId === contactId ? 'from' : 'to'),
          customLabel: r.customLabel,
          other: { id: r.otherId, displayName: r.otherName, isArchived: r.otherArchivedAtMs !== null },
          createdAtMs: r.createdAtMs,
        })),
      };
    },

    add(input: { fromContactId: string; toContactId: string; kind: string; customLabel: string }): { id: string } {
      const id = addTx(input);
      changed();
      return { id };
    },

    remove(id: string) {
      setDeleted(id, true);
      return { ok: true as const };
    },

    restore(id: string) {
      setDeleted(id, false);
      return { ok: true as const };
    },
  };
}
