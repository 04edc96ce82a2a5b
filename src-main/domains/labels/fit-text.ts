// Chooses a font size at which a label's lines fit its box, by estimating each line's width from
// its characters (generous, so the estimate errs towards smaller text). The print page has no
// script to measure with; CSS overflow clipping and wrapping are the backstop.
const PT_TO_MM = 25.4 / 72;
const LINE_HEIGHT = 1.2;

const INDIC = /[\p{Script=Devanagari}\p{Script=Tamil}]/u;
const NON_SPACING = /\p{Mn}|\p{Me}|\p{Cf}/u;
const WIDE = /[\p{Lu}\p{N}MW@#%&]/u;

/** Estimated width of `text` in em. */
export function widthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    if (NON_SPACING.test(char)) continue;
    if (INDIC.test(char)) em += 0.75;
    else if (char === ' ') em += 0.27;
    else if (WIDE.test(char)) em += 0.7;
    else em += 0.58;
  }
  return em;
}

export interface FitBox {
  widthMm: number;
  heightMm: number;
}

/** Lines after wrapping at this size (a very long word wraps anywhere, so it counts by width). */
function wrappedLineCount(lines: readonly string[], sizePt: number, widthMm: number): number {
  const emMm = sizePt * PT_TO_MM;
  return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil((widthEm(line) * emMm) / widthMm)), 0);
}

/** The largest size from `maxPt` down to `minPt` (half-point steps) at which the lines fit the box. */
export function fitFontSize(lines: readonly string[], box: FitBox, maxPt: number, minPt = 5): number {
  for (let size = maxPt; size > minPt; size -= 0.5) {
    const heightMm = wrappedLineCount(lines, size, box.widthMm) * size * LINE_HEIGHT * PT_TO_MM;
    if (heightMm <= box.heightMm) return size;
  }
  return minPt;
}

/** A sensible largest size for a label this tall: five lines of address fit. */
export function maxFontSizeFor(heightMm: number): number {
  const pt = heightMm / (5.5 * LINE_HEIGHT * PT_TO_MM);
  return Math.max(6, Math.min(12, Math.floor(pt * 2) / 2));
}
