// Merging contacts: the survivor keeps its choices and gains every email, phone, address, website,
// tag and note of the others; the others are archived with merged_into pointing at the survivor, so
// anything that refers to them still finds the person. A merge is logged and can be undone whole.
import { v7 as uuidv7 } from 'uuid';
import { ContactFields, type ContactDetail, type ContactFieldsInput } from '../../../src-shared/contract/contacts';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { AppError, notFound } from '../../rpc/app-error';
import { combineFields } from './combine-fields';
import { createMergeLinks, type MovedLinks } from './contacts.merge-links';
import { detailToFields } from './detail-to-fields';

interface MergeDeps {
  sqlite: Sqlite;
  writer: ChangeWriter;
  get(id: string): ContactDetail;
  update(id: string, fields: ContactFields): void;
  reindex(id: string): void;
  now: () => number;
}

/**
 * Another domain's records that follow a merged-away contact to the survivor (interactions, …).
 * `move` runs inside the merge's transaction and returns what it moved; `undo` gets that back.
 */
export interface MergeFollower {
  name: string;
  move(survivorId: string, mergedIds: readonly string[]): unknown;
  undo(moved: unknown, survivorId: string): void;
}

export function createMerger(deps: MergeDeps) {
  const { sqlite, writer } = deps;
  const links = createMergeLinks(sqlite, writer);
  const followers: MergeFollower[] = [];

  const mergeTx = sqlite.transaction((survivorId: string, mergedIds: string[], chosen: ContactFieldsInput | undefined) => {
    if (mergedIds.includes(survivorId) || new Set(mergedIds).size !== mergedIds.length) {
      throw new AppError('invalid_input', 'Choose the contact to keep and at least one other, different contact.');
    }
    const survivor = deps.get(survivorId);
    const others = mergedIds.map((id) => deps.get(id));
    for (const contact of [survivor, ...others]) {
      if (contact.archivedAtMs !== null) throw new AppError('conflict', `${contact.displayName} is archived; restore it before merging.`);
    }
    const before = detailToFields(survivor);
    let combined = before;
    for (const other of others) combined = combineFields(combined, detailToFields(other), 'fill');
    // Chosen single fields win, but no email, phone, address, website or tag of anyone is lost.
    if (chosen) combined = combineFields({ ...combined, ...chosen, emails: chosen.emails, phones: chosen.phones }, combined, 'fill');
    deps.update(survivorId, ContactFields.parse(combined));
    const nowMs = deps.now();
    for (const other of others) {
      writer.update('contacts', other.id, { archived_at_ms: nowMs, merged_into: survivorId, updated_at_ms: nowMs });
      deps.reindex(other.id);
    }
    const movedLinks = links.move(survivorId, mergedIds, nowMs);
    const followed = Object.fromEntries(followers.map((f) => [f.name, f.move(survivorId, mergedIds)]));
    deps.reindex(survivorId);
    const mergeId = uuidv7();
    // What moved rides along with the survivor's fields (ContactFields.parse drops it on undo).
    sqlite
      .prepare('INSERT INTO merge_log (id, survivor_id, merged_ids, survivor_before, at_ms) VALUES (?, ?, ?, ?, ?)')
      .run(mergeId, survivorId, JSON.stringify(mergedIds), JSON.stringify({ ...before, movedLinks, followed }), nowMs);
    return mergeId;
  });

  const undoTx = sqlite.transaction((mergeId: string) => {
    const row = sqlite.prepare('SELECT survivor_id AS survivorId, merged_ids AS mergedIds, survivor_before AS before, undone_at_ms AS undoneAtMs FROM merge_log WHERE id = ?').get(mergeId) as
      | { survivorId: string; mergedIds: string; before: string; undoneAtMs: number | null }
      | undefined;
    if (!row) notFound('merge', mergeId);
    if (row.undoneAtMs !== null) throw new AppError('conflict', 'That merge was already undone.');
    const before = JSON.parse(row.before) as ContactFieldsInput & { movedLinks?: MovedLinks; followed?: Record<string, unknown> };
    deps.update(row.survivorId, ContactFields.parse(before));
    const nowMs = deps.now();
    links.undo(before.movedLinks, nowMs);
    for (const follower of followers) if (before.followed && Object.hasOwn(before.followed, follower.name)) follower.undo(before.followed[follower.name], row.survivorId);
    deps.reindex(row.survivorId);
    for (const id of JSON.parse(row.mergedIds) as string[]) {
      writer.update('contacts', id, { archived_at_ms: null, merged_into: null, updated_at_ms: nowMs });
      deps.reindex(id);
    }
    sqlite.prepare('UPDATE merge_log SET undone_at_ms = ? WHERE id = ?').run(nowMs, mergeId);
    return row.survivorId;
  });

  return {
    merge: (survivorId: string, mergedIds: string[], chosen?: ContactFieldsInput) => mergeTx(survivorId, mergedIds, chosen),
    undo: (mergeId: string) => undoTx(mergeId),
    /** Registered once at start-up by each domain whose records follow a merged contact. */
    addFollower: (follower: MergeFollower) => void followers.push(follower),
  };
}
