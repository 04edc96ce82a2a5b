// Prepared reads of interactions and their participants. Writes go through the change writer.
import type { Sqlite } from '../../db/open-database';

export interface InteractionRow {
  id: string;
  kindId: string;
  direction: 'inbound' | 'outbound';
  occurredAtMs: number;
  durationMinutes: number | null;
  companyId: string | null;
  companyName: string | null;
  subject: string;
  notes: string;
  outcomeId: string | null;
  satisfaction: number | null;
  createdAtMs: number;
  updatedAtMs: number;
  deletedAtMs: number | null;
}

export const INTERACTION_SELECT = `SELECT i.id, i.kind_id AS kindId, i.direction, i.occurred_at_ms AS occurredAtMs, i.duration_minutes AS durationMinutes,
  i.company_id AS companyId, co.name AS companyName, i.subject, i.notes, i.outcome_id AS outcomeId, i.satisfaction,
  i.created_at_ms AS createdAtMs, i.updated_at_ms AS updatedAtMs, i.deleted_at_ms AS deletedAtMs
  FROM interactions i LEFT JOIN companies co ON co.id = i.company_id`;

export type InteractionsRepo = ReturnType<typeof createInteractionsRepo>;

export function createInteractionsRepo(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare(`${INTERACTION_SELECT} WHERE i.id = ?`),
    /** Live participants, in name order. */
    participants: sqlite.prepare(
      `SELECT c.id, c.display_name AS displayName FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id
       WHERE ic.interaction_id = ? AND ic.deleted_at_ms IS NULL ORDER BY c.sort_key, c.id`,
    ),
    /** Every participant row, removed ones too (re-adding revives the row). */
    links: sqlite.prepare('SELECT id, contact_id AS contactId, occurred_at_ms AS occurredAtMs, deleted_at_ms AS deletedAtMs FROM interaction_contacts WHERE interaction_id = ?'),
    link: sqlite.prepare('SELECT interaction_id AS interactionId, contact_id AS contactId, occurred_at_ms AS occurredAtMs FROM interaction_contacts WHERE id = ?'),
    contactExists: sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck(),
    companyExists: sqlite.prepare('SELECT 1 FROM companies WHERE id = ?').pluck(),
    companyOfContact: sqlite.prepare('SELECT company_id FROM contacts WHERE id = ?').pluck(),
    byMessageId: sqlite.prepare(`SELECT id FROM interactions WHERE message_id = ? AND deleted_at_ms IS NULL`).pluck(),
  };
}
