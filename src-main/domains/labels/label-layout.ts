// Where the n-th label goes: across then down, starting at label N of the first sheet.
import type { LabelSheet } from '../../../src-shared/contract/labels';

export interface LabelSlot {
  page: number;
  row: number;
  column: number;
  xMm: number;
  yMm: number;
}

export type SheetGeometry = Omit<LabelSheet, 'id' | 'isCustom' | 'name'>;

export const perSheet = (sheet: SheetGeometry) => sheet.columns * sheet.rows;

/** Slots for `count` labels; `startAt` is 1-based; offsets shift everything (printer calibration). */
export function layoutLabels(sheet: SheetGeometry, count: number, startAt: number, offset = { xMm: 0, yMm: 0 }): LabelSlot[] {
  const slots: LabelSlot[] = [];
  const first = (Math.max(1, startAt) - 1) % perSheet(sheet);
  for (let i = 0; i < count; i++) {
    const n = first + i;
    const page = Math.floor(n / perSheet(sheet));
    const within = n % perSheet(sheet);
    const row = Math.floor(within / sheet.columns);
    const column = within % sheet.columns;
    slots.push({
      page,
      row,
      column,
      xMm: sheet.leftMm + column * sheet.hPitchMm + offset.xMm,
      yMm: sheet.topMm + row * sheet.vPitchMm + offset.yMm,
    });
  }
  return slots;
}

/** Pages needed for `count` labels from `startAt`. */
export function pageCount(sheet: SheetGeometry, count: number, startAt: number): number {
  if (count === 0) return 0;
  const first = (Math.max(1, startAt) - 1) % perSheet(sheet);
  return Math.ceil((first + count) / perSheet(sheet));
}
