// Derived per-contact fields (last contacted, last attempt, last meeting, count, last interaction):
// local data, recomputed from the contact's live interactions inside every write that touches them
// and after every sync, so they are exact rather than incremented (an edit or delete can lower them).
import type { Sqlite } from '../../db/open-database';

const AGGREGATES = `count(*),
  max(i.occurred_at_ms),
  max(CASE WHEN coalesce(k.counts_as_contact, 1) = 1 AND coalesce(o.is_attempt, 0) = 0 THEN i.occurred_at_ms END),
  max(CASE WHEN o.is_attempt = 1 THEN i.occurred_at_ms END),
  max(CASE WHEN k.is_meeting = 1 AND coalesce(o.is_attempt, 0) = 0 THEN i.occurred_at_ms END)`;
const FROM = `FROM interaction_contacts ic
  JOIN interactions i ON i.id = ic.interaction_id AND i.deleted_at_ms IS NULL
  LEFT JOIN interaction_kinds k ON k.id = i.kind_id
  LEFT JOIN interaction_outcomes o ON o.id = i.outcome_id`;
const COLUMNS = 'contact_id, interaction_count, last_interaction_at_ms, last_contacted_at_ms, last_attempt_at_ms, last_meeting_at_ms';

export type ContactStats = ReturnType<typeof createContactStats>;

export interface StatsRow {
  interactionCount: number;
  lastInteractionAtMs: number | null;
  lastContactedAtMs: number | null;
  lastAttemptAtMs: number | null;
  lastMeetingAtMs: number | null;
}

export function createContactStats(sqlite: Sqlite) {
  const recompute = sqlite.prepare(
    `INSERT OR REPLACE INTO contact_interaction_stats (${COLUMNS})
     SELECT ?, ${AGGREGATES} ${FROM} WHERE ic.contact_id = ? AND ic.deleted_at_ms IS NULL`,
  );
  const read = sqlite.prepare(
    `SELECT interaction_count AS interactionCount, last_interaction_at_ms AS lastInteractionAtMs, last_contacted_at_ms AS lastContactedAtMs,
            last_attempt_at_ms AS lastAttemptAtMs, last_meeting_at_ms AS lastMeetingAtMs
     FROM contact_interaction_stats WHERE contact_id = ?`,
  );

  return {
    /** Recomputes the given contacts; the caller runs this inside its write transaction. */
    refresh(contactIds: Iterable<string>) {
      for (const id of new Set(contactIds)) recompute.run(id, id);
    },
    /** Every contact at once: after a kind's or outcome's meaning changed, a bulk load, or a sync replacing local data. */
    rebuildAll() {
      sqlite.exec('DELETE FROM contact_interaction_stats');
      sqlite.exec(`INSERT INTO contact_interaction_stats (${COLUMNS}) SELECT ic.contact_id, ${AGGREGATES} ${FROM} WHERE ic.deleted_at_ms IS NULL GROUP BY ic.contact_id`);
    },
    of(contactId: string): StatsRow {
      return (
        (read.get(contactId) as StatsRow | undefined) ?? { interactionCount: 0, lastInteractionAtMs: null, lastContactedAtMs: null, lastAttemptAtMs: null, lastMeetingAtMs: null }
      );
    },
  };
}

/**
 * For the contact list's column registry (sorting and filtering): the derived columns, all in the
 * local table contact_interaction_stats keyed by contact_id (LEFT JOIN; a missing row means no
 * interactions). Times are epoch ms; NULL = never.
 */
export const CONTACT_INTERACTION_COLUMNS = [
  { key: 'interactionCount', table: 'contact_interaction_stats', column: 'interaction_count', type: 'integer', nullMeans: 0 },
  { key: 'lastInteractionAtMs', table: 'contact_interaction_stats', column: 'last_interaction_at_ms', type: 'epochMs', indexed: true },
  { key: 'lastContactedAtMs', table: 'contact_interaction_stats', column: 'last_contacted_at_ms', type: 'epochMs', indexed: true },
  { key: 'lastAttemptAtMs', table: 'contact_interaction_stats', column: 'last_attempt_at_ms', type: 'epochMs' },
  { key: 'lastMeetingAtMs', table: 'contact_interaction_stats', column: 'last_meeting_at_ms', type: 'epochMs' },
] as const;
