// Label sheets: the presets plus the sheets users measured and saved (synced through the change
// writer, so every machine prints on the same stock). Deleting is a tombstone.
import { v7 as uuidv7 } from 'uuid';
import type { LabelSheet, LabelSheetGeometry } from '../../../src-shared/contract/labels';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { AppError, notFound } from '../../rpc/app-error';
import { findPreset, SHEET_PRESETS } from './sheet-presets';

export type LabelSheetsService = ReturnType<typeof createLabelSheetsService>;

const COLUMNS = `id, name, page_width_mm AS pageWidthMm, page_height_mm AS pageHeightMm, label_width_mm AS labelWidthMm,
  label_height_mm AS labelHeightMm, left_mm AS leftMm, top_mm AS topMm, h_pitch_mm AS hPitchMm, v_pitch_mm AS vPitchMm, columns, rows`;

const cells = (s: LabelSheetGeometry) => ({
  name: s.name,
  page_width_mm: s.pageWidthMm,
  page_height_mm: s.pageHeightMm,
  label_width_mm: s.labelWidthMm,
  label_height_mm: s.labelHeightMm,
  left_mm: s.leftMm,
  top_mm: s.topMm,
  h_pitch_mm: s.hPitchMm,
  v_pitch_mm: s.vPitchMm,
  columns: s.columns,
  rows: s.rows,
});

export function createLabelSheetsService(sqlite: Sqlite, writer: ChangeWriter, now: () => number = Date.now) {
  const q = {
    all: sqlite.prepare(`SELECT ${COLUMNS} FROM label_sheets WHERE deleted_at_ms IS NULL ORDER BY name, id`),
    byId: sqlite.prepare(`SELECT ${COLUMNS} FROM label_sheets WHERE id = ? AND deleted_at_ms IS NULL`),
  };
  const custom = (row: Omit<LabelSheet, 'isCustom'>): LabelSheet => ({ ...row, isCustom: true });

  function get(id: string): LabelSheet {
    const preset = findPreset(id);
    if (preset) return preset;
    const row = q.byId.get(id) as Omit<LabelSheet, 'isCustom'> | undefined;
    if (!row) {
      throw new AppError('not_found', `No label sheet "${id}". Presets: ${SHEET_PRESETS.map((s) => s.id).join(', ')}, or a saved sheet's id.`);
    }
    return custom(row);
  }

  return {
    list: (): LabelSheet[] => [...SHEET_PRESETS, ...(q.all.all() as Omit<LabelSheet, 'isCustom'>[]).map(custom)],
    get,
    save: sqlite.transaction((id: string | undefined, sheet: LabelSheetGeometry): LabelSheet => {
      const nowMs = now();
      if (id) {
        get(id);
        writer.update('label_sheets', id, cells(sheet), { updated_at_ms: nowMs });
        return get(id);
      }
      const newId = uuidv7();
      writer.insert('label_sheets', newId, { ...cells(sheet), created_at_ms: nowMs, updated_at_ms: nowMs });
      return get(newId);
    }),
    remove(id: string): void {
      if (!q.byId.get(id)) notFound('label sheet', id);
      const nowMs = now();
      writer.update('label_sheets', id, { deleted_at_ms: nowMs, updated_at_ms: nowMs });
    },
  };
}
