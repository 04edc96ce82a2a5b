// The interactions' timeline source: a contact's page walks interaction_contacts on
// (contact_id, occurred_at_ms, interaction_id); a company's walks interactions on
// (company_id, occurred_at_ms, id). Both stop after `limit` rows, whatever the history's length.
import type { Sqlite } from '../../db/open-database';
import type { TimelineItem } from '../../../src-shared/contract/interactions';
import type { InteractionsCore } from './interactions.service';
import { INTERACTION_SELECT, type InteractionRow } from './interactions.repo';
import type { SourceBound, TimelineScope, TimelineSource } from './timeline';

const KIND_FILTER = `AND (? = 0 OR i.kind_id IN (SELECT value FROM json_each(?)))`;
const MAX_TIME = Number.MAX_SAFE_INTEGER;

export function interactionsSource(core: InteractionsCore, sqlite: Sqlite): TimelineSource {
  const byContact = sqlite.prepare(
    `SELECT ic.interaction_id FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
     WHERE ic.contact_id = ? AND ic.deleted_at_ms IS NULL AND i.deleted_at_ms IS NULL
       AND (ic.occurred_at_ms < ? OR (ic.occurred_at_ms = ? AND ic.interaction_id < ?)) ${KIND_FILTER}
     ORDER BY ic.occurred_at_ms DESC, ic.interaction_id DESC LIMIT ?`,
  ).pluck();
  const byCompany = sqlite.prepare(
    `SELECT i.id FROM interactions i
     WHERE i.company_id = ? AND i.deleted_at_ms IS NULL
       AND (i.occurred_at_ms < ? OR (i.occurred_at_ms = ? AND i.id < ?)) ${KIND_FILTER}
     ORDER BY i.occurred_at_ms DESC, i.id DESC LIMIT ?`,
  ).pluck();
  const rowsByIds = sqlite.prepare(`${INTERACTION_SELECT} WHERE i.id IN (SELECT value FROM json_each(?))`);

  return {
    name: 'interactions',
    page(scope: TimelineScope, bound: SourceBound, limit: number, kinds: readonly string[]): TimelineItem[] {
      const atMs = bound?.atMs ?? MAX_TIME;
      const id = bound?.id ?? '\uffff';
      const filter = [kinds.length, JSON.stringify(kinds)];
      const ids = (
        scope.contactId !== undefined
          ? byContact.all(scope.contactId, atMs, atMs, id, ...filter, limit)
          : byCompany.all(scope.companyId, atMs, atMs, id, ...filter, limit)
      ) as string[];
      if (ids.length === 0) return [];
      const rows = new Map((rowsByIds.all(JSON.stringify(ids)) as InteractionRow[]).map((r) => [r.id, r]));
      const who = core.attribution.createdBy('interactions', ids);
      return ids.flatMap((rowId) => {
        const row = rows.get(rowId);
        if (!row) return [];
        const interaction = core.toInteraction(row, who.get(rowId) ?? null);
        return [{ source: 'interactions', id: row.id, atMs: row.occurredAtMs, kind: row.kindId, title: row.subject, detail: row.notes, interaction, loggedBy: interaction.loggedBy, amount: null }];
      });
    },
  };
}
