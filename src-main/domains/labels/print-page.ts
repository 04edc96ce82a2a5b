// The shell every printed document shares: page size in CSS, zero margins, the embedded fonts and a
// Content-Security-Policy that allows nothing but inline styles and data: fonts (no script, no
// network, no files). All user text goes through escapeHtml.
import { FONT_STACK, printFontCss } from './print-fonts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/** Millimetres for CSS, rounded to a micrometre so the markup stays short. */
export const mm = (value: number) => `${Math.round(value * 1000) / 1000}mm`;

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/**
 * A document of fixed pages (labels, envelopes: every box placed in mm), or with `flowMarginMm`
 * text that flows onto further pages inside that margin (letters).
 */
export function printPage(options: { title: string; page: PageSize; css: string; body: string; lang?: string; flowMarginMm?: number }): string {
  const { widthMm, heightMm } = options.page;
  const flow = options.flowMarginMm;
  const pageRule = flow
    ? `@page{size:${mm(widthMm)} ${mm(heightMm)};margin:${mm(flow)}}\n.page{position:relative;break-after:page;page-break-after:always}`
    : `@page{size:${mm(widthMm)} ${mm(heightMm)};margin:0}\n.page{position:relative;width:${mm(widthMm)};height:${mm(heightMm)};overflow:hidden;break-after:page;page-break-after:always}`;
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(options.title)}</title>
<style>
${printFontCss()}
${pageRule}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:${FONT_STACK};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page:last-child{break-after:auto;page-break-after:auto}
@media screen{body{background:#888;padding:4mm 0}.page{background:#fff;margin:0 auto 6mm;box-shadow:0 1mm 3mm rgba(0,0,0,.4)}${flow ? `.page{width:${mm(widthMm)};min-height:${mm(heightMm)};padding:${mm(flow)}}` : ''}}
${options.css}
</style></head><body>
${options.body}
</body></html>`;
}
