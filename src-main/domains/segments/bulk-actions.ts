// One action over many contacts: a single transaction (all or nothing), progress events while it
// runs (a subscriber sees them as they happen; the transaction commits once at the end), and a log
// row holding what each changed contact had before, so undo can put it back as a whole.
import { v7 as uuidv7 } from 'uuid';
import { BULK_PROGRESS_JOB, BulkAction, type BulkTarget } from '../../../src-shared/contract/segments';
import type { CellValue } from '../../db/changes/synced-tables';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { AppError, notFound } from '../../rpc/app-error';
import type { ContactBulkWriter } from '../contacts';
import type { SegmentsService } from './segments.service';

/** Below this many contacts an action is quick enough to need no progress. */
const PROGRESS_FROM = 1000;
const PROGRESS_EVERY = 500;

type Column = Parameters<ContactBulkWriter['setColumn']>[1];
/** What a changed contact had before: the column's value (set actions) and its updated_at_ms. */
interface Before {
  v?: CellValue;
  u: number;
}

/** The column and stored value a set action writes. */
function columnChange(action: BulkAction): { column: Column; value: CellValue } | null {
  switch (action.type) {
    case 'setStage':
      return { column: 'lifecycle_stage', value: action.stage };
    case 'setOwner':
      return { column: 'owner', value: action.owner };
    case 'setField':
      return { column: action.field === 'source' ? 'source' : 'preferred_language', value: action.value };
    case 'setFlag':
      return { column: action.field === 'isDoNotContact' ? 'is_do_not_contact' : 'is_do_not_mail', value: action.value ? 1 : 0 };
    default:
      return null;
  }
}

export type BulkActions = ReturnType<typeof createBulkActions>;

export function createBulkActions(options: { sqlite: Sqlite; events: EventBus; segments: SegmentsService; contacts: ContactBulkWriter; now?: () => number }) {
  const { sqlite, events, segments, contacts } = options;
  const now = options.now ?? Date.now;
  const progress = (done: number, total: number) => events.emit({ type: 'progress', job: BULK_PROGRESS_JOB, done, total });

  function targetIds(target: BulkTarget): string[] {
    if ('ids' in target) return [...new Set(target.ids)];
    return segments.ids({ segmentId: target.segmentId, filter: target.filter }, target.excludeIds);
  }

  /** Applies the action to one contact; returns what it replaced, or undefined when nothing changed. */
  function applyOne(id: string, action: BulkAction, nowMs: number): Before | undefined {
    const state = contacts.stateOf(id);
    if (!state) return undefined;
    const set = columnChange(action);
    if (set) {
      const v = contacts.valueOf(id, set.column);
      return contacts.setColumn(id, set.column, set.value, nowMs) ? { v, u: state.updatedAtMs } : undefined;
    }
    if (action.type === 'addTag' || action.type === 'removeTag') {
      return contacts.setTag(id, action.tag, action.type === 'addTag', nowMs) ? { u: state.updatedAtMs } : undefined;
    }
    return contacts.setArchived(id, true, nowMs) ? { u: state.updatedAtMs } : undefined;
  }

  const runTx = sqlite.transaction((ids: string[], action: BulkAction) => {
    const nowMs = now();
    const total = ids.length;
    const showProgress = total >= PROGRESS_FROM;
    if (action.type === 'addTag') contacts.ensureTag(action.tag, nowMs);
    const before: Record<string, Before> = {};
    let changed = 0;
    ids.forEach((id, index) => {
      const replaced = applyOne(id, action, nowMs);
      if (replaced) {
        before[id] = replaced;
        changed++;
      }
      if (showProgress && (index + 1) % PROGRESS_EVERY === 0) progress(index + 1, total);
    });
    const bulkId = uuidv7();
    sqlite
      .prepare(
        `INSERT INTO bulk_operations (id, action, before, touched_at_ms, total, changed, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(bulkId, JSON.stringify(action), JSON.stringify(before), nowMs, total, changed, nowMs);
    if (showProgress) progress(total, total);
    return { bulkId, total, changed };
  });

  const undoTx = sqlite.transaction((bulkId: string) => {
    const row = sqlite.prepare('SELECT action, before, touched_at_ms AS touchedAtMs, undone_at_ms AS undoneAtMs FROM bulk_operations WHERE id = ?').get(bulkId) as
      | { action: string; before: string; touchedAtMs: number; undoneAtMs: number | null }
      | undefined;
    if (!row) notFound('bulk action', bulkId);
    if (row.undoneAtMs !== null) throw new AppError('conflict', 'That bulk action was already undone.');
    const action = BulkAction.parse(JSON.parse(row.action));
    const before = JSON.parse(row.before) as Record<string, Before>;
    const nowMs = now();
    const set = columnChange(action);
    if (action.type === 'removeTag') contacts.ensureTag(action.tag, nowMs);
    let restored = 0;
    for (const [id, was] of Object.entries(before)) {
      const state = contacts.stateOf(id);
      if (!state) continue;
      // Untouched since the action: its old updated_at_ms comes back too, as if it never happened.
      const isUntouched = state.updatedAtMs === row.touchedAtMs;
      let didRestore: boolean;
      if (set) {
        // A value someone changed since is theirs now, not the bulk action's to undo.
        didRestore = contacts.valueOf(id, set.column) === set.value && contacts.setColumn(id, set.column, was.v ?? null, nowMs);
      } else if (action.type === 'addTag' || action.type === 'removeTag') {
        didRestore = contacts.setTag(id, action.tag, action.type === 'removeTag', nowMs);
      } else {
        didRestore = contacts.setArchived(id, false, nowMs);
      }
      if (didRestore) restored++;
      if (didRestore && isUntouched) contacts.setUpdatedAt(id, was.u);
    }
    sqlite.prepare('UPDATE bulk_operations SET undone_at_ms = ? WHERE id = ?').run(nowMs, bulkId);
    return { restored };
  });

  return {
    run(target: BulkTarget, action: BulkAction) {
      const ids = targetIds(target);
      const result = runTx(ids, action);
      events.emit({ type: 'changed', domain: 'contacts' });
      return result;
    },

    undo(bulkId: string) {
      const result = undoTx(bulkId);
      events.emit({ type: 'changed', domain: 'contacts' });
      return result;
    },
  };
}
