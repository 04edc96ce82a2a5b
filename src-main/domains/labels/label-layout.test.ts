import { describe, expect, it } from 'vitest';
import { layoutLabels, pageCount } from './label-layout';
import { findPreset, SHEET_PRESETS } from './sheet-presets';

const avery5160 = findPreset('avery-5160')!;

describe('label layout', () => {
  it('fills across, then down', () => {
    const slots = layoutLabels(avery5160, 5, 1);
    expect(slots.map((s) => [s.row, s.column])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]]);
    expect(slots[1]!.xMm).toBeCloseTo(4.78 + 69.85);
    expect(slots[3]!.yMm).toBeCloseTo(12.7 + 25.4);
  });

  it('starts at label N and carries on to the next sheet', () => {
    const slots = layoutLabels(avery5160, 3, 29);
    expect(slots.map((s) => [s.page, s.row, s.column])).toEqual([[0, 9, 1], [0, 9, 2], [1, 0, 0]]);
    expect(pageCount(avery5160, 3, 29)).toBe(2);
    expect(pageCount(avery5160, 30, 1)).toBe(1);
    expect(pageCount(avery5160, 0, 1)).toBe(0);
  });

  it('applies the printer offset to every label', () => {
    const [slot] = layoutLabels(avery5160, 1, 1, { xMm: 1.5, yMm: -0.5 });
    expect(slot!.xMm).toBeCloseTo(4.78 + 1.5);
    expect(slot!.yMm).toBeCloseTo(12.7 - 0.5);
  });

  it('every preset fits its page', () => {
    for (const s of SHEET_PRESETS) {
      expect(s.leftMm + (s.columns - 1) * s.hPitchMm + s.labelWidthMm, s.id).toBeLessThanOrEqual(s.pageWidthMm + 0.01);
      expect(s.topMm + (s.rows - 1) * s.vPitchMm + s.labelHeightMm, s.id).toBeLessThanOrEqual(s.pageHeightMm + 0.01);
    }
    expect(SHEET_PRESETS.map((s) => s.id)).toEqual([
      'avery-5160', 'avery-5161', 'avery-5162', 'avery-5163', 'avery-5164', 'avery-5167',
      'l7160', 'l7161', 'l7162', 'l7163', 'l7165', 'l7173', 'zweckform-3474',
    ]);
    expect(findPreset('5160')?.id).toBe('avery-5160');
    expect(findPreset('L7160')?.id).toBe('l7160');
  });
});
