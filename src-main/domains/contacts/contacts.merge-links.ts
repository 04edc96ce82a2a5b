// Records that point at a merged-away contact follow the person to the survivor: relationships move
// to it ("Spouse of" keeps its other side) and custom field values fill the survivor's empty fields.
// What moved is returned so undoing the merge can put each row back exactly.
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { customValueIdOf } from '../custom-fields';

export interface MovedLinks {
  relationships: { id: string; from: string; to: string }[];
  /** Survivor value rows written by the merge, with what they held before (null: no row). */
  values: { id: string; before: { value: string; deletedAtMs: number | null } | null }[];
}

export function createMergeLinks(sqlite: Sqlite, writer: ChangeWriter) {
  const related = sqlite.prepare(
    `SELECT id, from_contact_id AS "from", to_contact_id AS "to", kind, custom_label AS customLabel FROM relationships
     WHERE deleted_at_ms IS NULL AND (from_contact_id = ? OR to_contact_id = ?)`,
  );
  const valuesOf = sqlite.prepare('SELECT field_id AS fieldId, value FROM custom_field_values WHERE contact_id = ? AND deleted_at_ms IS NULL');
  const valueRow = sqlite.prepare('SELECT value, deleted_at_ms AS deletedAtMs FROM custom_field_values WHERE id = ?');

  function moveRelationships(survivorId: string, mergedId: string, nowMs: number, moved: MovedLinks) {
    const key = (r: { from: string; to: string; kind: string; customLabel: string }) => `${r.from}|${r.to}|${r.kind}|${r.customLabel}`;
    const survivorKeys = new Set((related.all(survivorId, survivorId) as { from: string; to: string; kind: string; customLabel: string }[]).map(key));
    for (const r of related.all(mergedId, mergedId) as { id: string; from: string; to: string; kind: string; customLabel: string }[]) {
      const next = { ...r, from: r.from === mergedId ? survivorId : r.from, to: r.to === mergedId ? survivorId : r.to };
      // A relationship between the two merged contacts, or one the survivor already has, ends here.
      const isRedundant = next.from === next.to || survivorKeys.has(key(next));
      writer.update(
        'relationships',
        r.id,
        isRedundant ? { deleted_at_ms: nowMs } : { from_contact_id: next.from, to_contact_id: next.to },
        { updated_at_ms: nowMs },
      );
      moved.relationships.push({ id: r.id, from: r.from, to: r.to });
      survivorKeys.add(key(next));
    }
  }

  function fillValues(survivorId: string, mergedId: string, nowMs: number, moved: MovedLinks) {
    const has = new Set((valuesOf.all(survivorId) as { fieldId: string }[]).map((v) => v.fieldId));
    for (const { fieldId, value } of valuesOf.all(mergedId) as { fieldId: string; value: string }[]) {
      if (has.has(fieldId)) continue;
      has.add(fieldId);
      const id = customValueIdOf(survivorId, fieldId);
      const before = (valueRow.get(id) as { value: string; deletedAtMs: number | null } | undefined) ?? null;
      if (before) writer.update('custom_field_values', id, { value, deleted_at_ms: null }, { updated_at_ms: nowMs });
      else writer.insert('custom_field_values', id, { field_id: fieldId, contact_id: survivorId, value, created_at_ms: nowMs, updated_at_ms: nowMs });
      moved.values.push({ id, before });
    }
  }

  return {
    move(survivorId: string, mergedIds: string[], nowMs: number): MovedLinks {
      const moved: MovedLinks = { relationships: [], values: [] };
      for (const mergedId of mergedIds) {
        moveRelationships(survivorId, mergedId, nowMs, moved);
        fillValues(survivorId, mergedId, nowMs, moved);
      }
      return moved;
    },

    undo(moved: MovedLinks | undefined, nowMs: number): void {
      for (const r of moved?.relationships ?? []) {
        writer.update('relationships', r.id, { from_contact_id: r.from, to_contact_id: r.to, deleted_at_ms: null }, { updated_at_ms: nowMs });
      }
      for (const v of moved?.values ?? []) {
        const cells: Cells = v.before && v.before.deletedAtMs === null ? { value: v.before.value, deleted_at_ms: null } : { deleted_at_ms: nowMs };
        writer.update('custom_field_values', v.id, cells, { updated_at_ms: nowMs });
      }
    },
  };
}
