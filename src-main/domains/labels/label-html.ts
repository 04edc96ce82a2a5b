// Label sheets as HTML pages: each label absolutely placed in mm, its text escaped, sized to fit
// and clipped to its own box, so a long street wraps or shrinks but never reaches the next label.
import type { LabelSheet } from '../../../src-shared/contract/labels';
import { fitFontSize, maxFontSizeFor } from './fit-text';
import { layoutLabels, pageCount, type LabelSlot } from './label-layout';
import { escapeHtml, mm, printPage } from './print-page';

export interface LabelContent {
  lines: string[];
  /** Campaign response code, printed small in the corner; null for none. */
  responseCode: string | null;
}

export interface LabelPagesOptions {
  sheet: LabelSheet;
  startAt: number;
  offset: { xMm: number; yMm: number };
  isCaps: boolean;
  returnAddress: string;
}

const CSS = `
.label{position:absolute;overflow:hidden;display:flex;flex-direction:column;justify-content:center;line-height:1.2}
.addr{overflow:hidden;overflow-wrap:anywhere;word-break:break-word}
.l{overflow-wrap:anywhere}
.ret{font-size:0.62em;line-height:1.15;border-bottom:0.15mm solid #000;padding-bottom:0.4mm;margin-bottom:0.6mm;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.code{position:absolute;right:1mm;bottom:0.5mm;font-size:0.75em;line-height:1;letter-spacing:0.05em}
.outline{position:absolute;border:0.2mm solid #000;font-size:8pt}
.n{position:absolute;left:1.5mm;top:1mm;line-height:1}
.outline::before,.outline::after{content:'';position:absolute;background:#000}
.outline::before{left:50%;top:25%;bottom:25%;width:0.1mm}
.outline::after{top:50%;left:25%;right:25%;height:0.1mm}
.note{position:absolute;left:0;right:0;text-align:center;font-size:8pt}
`;

/** Space between a label’s edge and its text. */
export function labelPadding(sheet: Pick<LabelSheet, 'labelWidthMm' | 'labelHeightMm'>) {
  return {
    xMm: Math.min(4, Math.max(1.5, sheet.labelWidthMm * 0.045)),
    yMm: Math.min(3, Math.max(0.8, sheet.labelHeightMm * 0.06)),
  };
}

const upper = (text: string, isCaps: boolean) => (isCaps ? text.toLocaleUpperCase() : text);

function labelHtml(content: LabelContent, slot: LabelSlot, options: LabelPagesOptions): string {
  const { sheet } = options;
  const pad = labelPadding(sheet);
  const lines = content.lines.map((l) => upper(l, options.isCaps));
  const maxPt = maxFontSizeFor(sheet.labelHeightMm);
  const reserved = (options.returnAddress ? maxPt * 0.62 * 1.2 * 0.3528 + 1.2 : 0) + (content.responseCode ? 2.6 : 0);
  const size = fitFontSize(lines, { widthMm: sheet.labelWidthMm - 2 * pad.xMm, heightMm: sheet.labelHeightMm - 2 * pad.yMm - reserved }, maxPt);
  const style = `left:${mm(slot.xMm)};top:${mm(slot.yMm)};width:${mm(sheet.labelWidthMm)};height:${mm(sheet.labelHeightMm)};padding:${mm(pad.yMm)} ${mm(pad.xMm)};font-size:${size}pt`;
  const ret = options.returnAddress ? `<div class="ret" style="font-size:${Math.round(maxPt * 0.62 * 10) / 10}pt">${escapeHtml(upper(options.returnAddress.replace(/\s*\n\s*/g, ', '), options.isCaps))}</div>` : '';
  const code = content.responseCode ? `<div class="code">${escapeHtml(content.responseCode)}</div>` : '';
  const body = lines.map((l) => `<div class="l">${escapeHtml(l)}</div>`).join('');
  return `<div class="label" style="${style}">${ret}<div class="addr">${body}</div>${code}</div>`;
}

function pagesHtml(sheet: LabelSheet, pages: number, fill: (page: number) => string): string {
  const out: string[] = [];
  for (let page = 0; page < pages; page++) out.push(`<section class="page">${fill(page)}</section>`);
  return out.join('\n');
}

/** Label pages for these contents, in fill order. */
export function labelPagesHtml(contents: readonly LabelContent[], options: LabelPagesOptions): { html: string; pages: number } {
  const { sheet } = options;
  const slots = layoutLabels(sheet, contents.length, options.startAt, options.offset);
  const pages = pageCount(sheet, contents.length, options.startAt);
  const byPage: string[][] = Array.from({ length: pages }, () => []);
  contents.forEach((content, i) => byPage[slots[i]!.page]!.push(labelHtml(content, slots[i]!, options)));
  const body = pagesHtml(sheet, pages, (page) => byPage[page]!.join(''));
  return { html: printPage({ title: sheet.name, page: { widthMm: sheet.pageWidthMm, heightMm: sheet.pageHeightMm }, css: CSS, body }), pages };
}

/** One page of label outlines with centre marks, to hold against a real sheet. */
export function calibrationPageHtml(sheet: LabelSheet, offset: { xMm: number; yMm: number }, note: string): string {
  const slots = layoutLabels(sheet, sheet.columns * sheet.rows, 1, offset);
  const outlines = slots
    .map((s, i) => `<div class="outline" style="left:${mm(s.xMm)};top:${mm(s.yMm)};width:${mm(sheet.labelWidthMm)};height:${mm(sheet.labelHeightMm)}"><span class="n">${i + 1}</span></div>`)
    .join('');
  const noteTop = Math.max(1, Math.min(sheet.topMm, 12) / 2 - 1.5);
  const body = `<section class="page">${outlines}<div class="note" style="top:${mm(noteTop)}">${escapeHtml(note)}</div></section>`;
  return printPage({ title: sheet.name, page: { widthMm: sheet.pageWidthMm, heightMm: sheet.pageHeightMm }, css: CSS, body });
}
