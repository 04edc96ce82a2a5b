// Label sheet presets (mm), from LibreOffice's label database, which agrees with Avery's templates.
// See ../shared/design/LABELS-AND-PRINT.md. Margins are to the first label's top-left; pitch = label + gap.
import type { LabelSheet } from '../../../src-shared/contract/labels';

const LETTER = { pageWidthMm: 215.9, pageHeightMm: 279.4 };
const A4 = { pageWidthMm: 210, pageHeightMm: 297 };

type Row = [id: string, name: string, page: typeof A4, w: number, h: number, cols: number, rows: number, left: number, top: number, hPitch: number, vPitch: number];

const ROWS: Row[] = [
  ['avery-5160', 'Avery 5160 / 8160', LETTER, 66.68, 25.4, 3, 10, 4.78, 12.7, 69.85, 25.4],
  ['avery-5161', 'Avery 5161 / 8161', LETTER, 101.6, 25.4, 2, 10, 3.96, 12.7, 106.36, 25.4],
  ['avery-5162', 'Avery 5162 / 8162', LETTER, 101.6, 33.87, 2, 7, 3.96, 21.17, 106.36, 33.87],
  ['avery-5163', 'Avery 5163 / 8163', LETTER, 101.6, 50.8, 2, 5, 3.96, 12.7, 106.36, 50.8],
  ['avery-5164', 'Avery 5164 / 8164', LETTER, 101.6, 84.67, 2, 3, 3.96, 12.7, 106.36, 84.67],
  ['avery-5167', 'Avery 5167 / 8167', LETTER, 44.45, 12.7, 4, 20, 7.14, 12.7, 52.4, 12.7],
  ['l7160', 'Avery L7160 / J8160', A4, 63.5, 38.1, 3, 7, 7.2, 15.15, 66.04, 38.1],
  ['l7161', 'Avery L7161 / J8161', A4, 63.5, 46.56, 3, 6, 7.21, 8.82, 66.04, 46.56],
  ['l7162', 'Avery L7162 / J8162', A4, 99.06, 33.87, 2, 8, 4.67, 13.02, 101.6, 33.87],
  ['l7163', 'Avery L7163 / J8163', A4, 99.06, 38.1, 2, 7, 4.67, 15.15, 101.6, 38.1],
  ['l7165', 'Avery L7165 / J8165', A4, 99.06, 67.73, 2, 4, 4.67, 13.04, 101.6, 67.73],
  ['l7173', 'Avery L7173 / J8173', A4, 99.06, 57, 2, 5, 4.67, 6, 101.6, 57],
  ['zweckform-3474', 'Zweckform 3474 / Herma 4464', A4, 70, 37, 3, 8, 0, 0, 70, 37],
];

export const SHEET_PRESETS: readonly LabelSheet[] = ROWS.map(([id, name, page, w, h, columns, rows, leftMm, topMm, hPitchMm, vPitchMm]) => ({
  id,
  isCustom: false,
  name,
  ...page,
  labelWidthMm: w,
  labelHeightMm: h,
  columns,
  rows,
  leftMm,
  topMm,
  hPitchMm,
  vPitchMm,
}));

/** Finds a preset by its key; also accepts 'avery5160', '5160', 'L7160' and the like. */
export function findPreset(key: string): LabelSheet | undefined {
  const k = key.trim().toLowerCase().replace(/[\s_]/g, '-');
  return SHEET_PRESETS.find((s) => s.id === k || s.id.replace(/^avery-/, '') === k || s.id.replace('-', '') === k.replace('-', ''));
}
