// Rules for interactions: one row per logged call, meeting, email …, its participants as synced
// child rows, and the participants' derived fields recomputed in the same transaction.
import { v7 as uuidv7 } from 'uuid';
import type { Attribution, Interaction, InteractionFields } from '../../../src-shared/contract/interactions';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import { createAttribution } from './attribution';
import type { Clock } from './clock';
import { createContactStats } from './contact-stats';
import { createInteractionLists } from './interaction-lists';
import { createInteractionsRepo, type InteractionRow } from './interactions.repo';
import { participantId } from './participant-id';

export type InteractionsCore = ReturnType<typeof createInteractionsCore>;

/** From this many changed rows in one sync batch on, derived data is rebuilt in one pass. */
const BULK_SYNC_ROWS = 5000;

/** Extra columns an import may set (the Message-ID of an .eml). */
export interface LogOptions {
  messageId?: string;
}

export function createInteractionsCore(sqlite: Sqlite, events: EventBus, writer: ChangeWriter, clock: Clock) {
  const repo = createInteractionsRepo(sqlite);
  const stats = createContactStats(sqlite);
  const lists = createInteractionLists(sqlite, writer);
  const attribution = createAttribution(sqlite);
  const changed = () => events.emit({ type: 'changed', domain: 'interactions' });

  function toInteraction(row: InteractionRow, loggedBy?: Attribution | null): Interaction {
    return {
      id: row.id,
      kindId: row.kindId,
      direction: row.direction,
      occurredAtMs: row.occurredAtMs,
      durationMinutes: row.durationMinutes,
      contacts: repo.participants.all(row.id) as Interaction['contacts'],
      companyId: row.companyId,
      companyName: row.companyName,
      subject: row.subject,
      notes: row.notes,
      outcomeId: row.outcomeId,
      satisfaction: row.satisfaction,
      createdAtMs: row.createdAtMs,
      updatedAtMs: row.updatedAtMs,
      loggedBy: loggedBy !== undefined ? loggedBy : (attribution.createdBy('interactions', [row.id]).get(row.id) ?? null),
    };
  }

  function get(id: string): Interaction {
    const row = repo.byId.get(id) as InteractionRow | undefined;
    if (!row || row.deletedAtMs !== null) notFound('interaction', id);
    return toInteraction(row);
  }

  /** Known kinds and outcomes, read once per write (a bulk load validates a million rows against them). */
  const knownLists = () => ({ kinds: lists.knownIds('kinds'), outcomes: lists.knownIds('outcomes') });

  function cellsOf(fields: InteractionFields, known = knownLists(), checkContacts = true): Cells {
    if (!known.kinds.has(fields.kindId)) throw new AppError('invalid_input', 'kindId: There is no such kind of interaction');
    if (fields.outcomeId !== null && !known.outcomes.has(fields.outcomeId)) throw new AppError('invalid_input', 'outcomeId: There is no such outcome');
    if (checkContacts) {
      for (const id of fields.contactIds) if (!repo.contactExists.get(id)) throw new AppError('invalid_input', 'contactIds: That contact does not exist');
      if (fields.companyId !== null && !repo.companyExists.get(fields.companyId)) throw new AppError('invalid_input', 'companyId: That company does not exist');
    }
    return {
      kind_id: fields.kindId,
      direction: fields.direction,
      occurred_at_ms: fields.occurredAtMs,
      duration_minutes: fields.durationMinutes,
      company_id: fields.companyId,
      subject: fields.subject,
      notes: fields.notes,
      outcome_id: fields.outcomeId,
      satisfaction: fields.satisfaction,
    };
  }

  /** Inserts one interaction and its participants; no stats (the caller refreshes, once per batch). */
  function insertOne(fields: InteractionFields, nowMs: number, options: LogOptions = {}, cells = cellsOf(fields)): string {
    const id = uuidv7();
    const messageId: Cells = options.messageId ? { message_id: options.messageId } : {};
    writer.insert('interactions', id, { ...cells, ...messageId, created_at_ms: nowMs, updated_at_ms: nowMs });
    for (const contactId of new Set(fields.contactIds)) {
      writer.insert('interaction_contacts', participantId(id, contactId), {
        interaction_id: id, contact_id: contactId, occurred_at_ms: fields.occurredAtMs, created_at_ms: nowMs, updated_at_ms: nowMs,
      });
    }
    return id;
  }

  const logTx = sqlite.transaction((fields: InteractionFields, options: LogOptions) => {
    const nowMs = clock.now();
    lists.ensureDefaults(nowMs);
    const id = insertOne(fields, nowMs, options);
    stats.refresh(fields.contactIds);
    return id;
  });

  /**
   * Many at once (demo data for the benchmark's million): one transaction, lists read once, and the
   * derived fields rebuilt once at the end. The caller vouches that the contacts and companies exist.
   */
  const logManyTx = sqlite.transaction((batches: Iterable<InteractionFields[]>) => {
    const nowMs = clock.now();
    lists.ensureDefaults(nowMs);
    const known = knownLists();
    let count = 0;
    for (const batch of batches) {
      for (const fields of batch) insertOne(fields, nowMs, {}, cellsOf(fields, known, false));
      count += batch.length;
    }
    stats.rebuildAll();
    return count;
  });

  type Link = { id: string; contactId: string; occurredAtMs: number; deletedAtMs: number | null };

  const updateTx = sqlite.transaction((id: string, fields: InteractionFields) => {
    const current = repo.byId.get(id) as InteractionRow | undefined;
    if (!current || current.deletedAtMs !== null) notFound('interaction', id);
    const nowMs = clock.now();
    lists.ensureDefaults(nowMs);
    const links = repo.links.all(id) as Link[];
    const wanted = new Set(fields.contactIds);
    let linksChanged = false;
    for (const link of links) {
      const isWanted = wanted.has(link.contactId);
      if (isWanted === (link.deletedAtMs === null)) continue;
      writer.update('interaction_contacts', link.id, { deleted_at_ms: isWanted ? null : nowMs, updated_at_ms: nowMs });
      linksChanged = true;
    }
    for (const contactId of wanted) {
      if (links.some((l) => l.contactId === contactId)) continue;
      writer.insert('interaction_contacts', participantId(id, contactId), {
        interaction_id: id, contact_id: contactId, occurred_at_ms: fields.occurredAtMs, created_at_ms: nowMs, updated_at_ms: nowMs,
      });
      linksChanged = true;
    }
    for (const link of links) {
      if (link.occurredAtMs !== fields.occurredAtMs) writer.setLocal('interaction_contacts', link.id, { occurred_at_ms: fields.occurredAtMs });
    }
    const touched: Cells = linksChanged ? { updated_at_ms: nowMs } : {};
    writer.update('interactions', id, { ...cellsOf(fields), ...touched }, { updated_at_ms: nowMs });
    stats.refresh([...links.map((l) => l.contactId), ...wanted]);
  });

  const setDeletedTx = sqlite.transaction((id: string, isDeleted: boolean) => {
    const current = repo.byId.get(id) as InteractionRow | undefined;
    if (!current) notFound('interaction', id);
    if ((current.deletedAtMs !== null) === isDeleted) return;
    const nowMs = clock.now();
    writer.update('interactions', id, { deleted_at_ms: isDeleted ? nowMs : null, updated_at_ms: nowMs });
    stats.refresh((repo.links.all(id) as Link[]).map((l) => l.contactId));
  });

  /** Participant rows whose copy of the interaction's time is out of date (after a sync). */
  const staleLinks = sqlite.prepare(
    `SELECT ic.id, i.occurred_at_ms AS occurredAtMs FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
     WHERE ic.occurred_at_ms <> i.occurred_at_ms`,
  );

  /** Live participant rows of a contact, by interaction. */
  const linksOfContact = sqlite.prepare(
    'SELECT id, interaction_id AS interactionId FROM interaction_contacts WHERE contact_id = ? AND deleted_at_ms IS NULL',
  );

  const moveContactTx = sqlite.transaction((fromId: string, toId: string, only: readonly string[] | null) => {
    const nowMs = clock.now();
    const moved: string[] = [];
    for (const link of linksOfContact.all(fromId) as { id: string; interactionId: string }[]) {
      if (only && !only.includes(link.interactionId)) continue;
      writer.update('interaction_contacts', link.id, { deleted_at_ms: nowMs, updated_at_ms: nowMs });
      const row = repo.byId.get(link.interactionId) as InteractionRow;
      const targetId = participantId(link.interactionId, toId);
      const existing = (repo.links.all(link.interactionId) as Link[]).find((l) => l.id === targetId);
      if (!existing) {
        writer.insert('interaction_contacts', targetId, {
          interaction_id: link.interactionId, contact_id: toId, occurred_at_ms: row.occurredAtMs, created_at_ms: nowMs, updated_at_ms: nowMs,
        });
      } else if (existing.deletedAtMs !== null) {
        writer.update('interaction_contacts', targetId, { deleted_at_ms: null, updated_at_ms: nowMs });
      }
      moved.push(link.interactionId);
    }
    stats.refresh([fromId, toId]);
    return moved;
  });

  return {
    repo,
    stats,
    lists,
    attribution,
    clock,
    changed,
    get,
    toInteraction,

    log(fields: InteractionFields, options: LogOptions = {}): Interaction {
      const id = logTx(fields, options);
      changed();
      return get(id);
    },

    /** Batches of existing contacts' interactions, in one transaction; returns how many were logged. */
    logMany(batches: Iterable<InteractionFields[]>): number {
      const count = logManyTx(batches);
      changed();
      return count;
    },

    update(id: string, fields: InteractionFields): Interaction {
      updateTx(id, fields);
      changed();
      return get(id);
    },

    setDeleted(id: string, isDeleted: boolean) {
      setDeletedTx(id, isDeleted);
      changed();
    },

    /**
     * Moves a contact's interactions to another (a merge: the survivor's timeline shows the merged
     * contact's history). Returns the interactions moved; passing them back as `only` with the ids
     * swapped undoes it.
     */
    moveContact(fromId: string, toId: string, only: readonly string[] | null = null): string[] {
      const moved = moveContactTx(fromId, toId, only);
      changed();
      return moved;
    },

    /**
     * After changes arrived from another machine (hooked into sync's afterApply, like the contacts'
     * sort keys and search index): copy each interaction's time to its participant rows and
     * recompute the derived fields of every contact involved, old participants included.
     */
    afterSync: sqlite.transaction(
      (touched: ReadonlyMap<string, Iterable<string>>, columns?: ReadonlyMap<string, ReadonlySet<string>>, bulkFrom: number = BULK_SYNC_ROWS) => {
        const listFlags = ['is_meeting', 'counts_as_contact', 'is_attempt', 'deleted_at_ms'];
        const listsChanged = ['interaction_kinds', 'interaction_outcomes'].some(
          (t) => [...(touched.get(t) ?? [])].length > 0 && (!columns || listFlags.some((c) => columns.get(t)?.has(c))),
        );
        if (listsChanged) lists.forget();
        const interactionIds = new Set(touched.get('interactions') ?? []);
        const linkIds = [...(touched.get('interaction_contacts') ?? [])];
        if (interactionIds.size + linkIds.length >= bulkFrom) {
          // A bootstrap or a large catch-up: one pass over every row beats a lookup per row.
          for (const link of staleLinks.all() as { id: string; occurredAtMs: number }[]) {
            writer.setLocal('interaction_contacts', link.id, { occurred_at_ms: link.occurredAtMs });
          }
          stats.rebuildAll();
          return;
        }
        const contacts = new Set<string>();
        for (const linkId of linkIds) {
          const link = repo.link.get(linkId) as { interactionId: string; contactId: string } | undefined;
          if (link) interactionIds.add(link.interactionId);
        }
        for (const id of interactionIds) {
          const row = repo.byId.get(id) as InteractionRow | undefined;
          for (const link of repo.links.all(id) as Link[]) {
            contacts.add(link.contactId);
            if (row && link.occurredAtMs !== row.occurredAtMs) writer.setLocal('interaction_contacts', link.id, { occurred_at_ms: row.occurredAtMs });
          }
        }
        if (listsChanged) stats.rebuildAll();
        else stats.refresh(contacts);
      },
    ),

    /** Local data was replaced by a sync folder's: derived rows follow as data arrives. */
    resetDerived() {
      sqlite.exec('DELETE FROM contact_interaction_stats');
      lists.forget();
    },
  };
}
