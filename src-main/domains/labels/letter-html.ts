// Form letters, one per contact, each starting on a new page: the sender's address at the top
// right, then the merged template. Blank lines separate paragraphs; text flows to more pages.
import { escapeHtml, printPage } from './print-page';

export const PAPER = { a4: { widthMm: 210, heightMm: 297 }, letter: { widthMm: 215.9, heightMm: 279.4 } } as const;

const CSS = `
.letter{font-size:11pt;line-height:1.45}
.sender{text-align:right;white-space:pre-line;font-size:10pt;margin-bottom:10mm;overflow-wrap:anywhere}
.letter p{margin:0 0 4mm;white-space:pre-line;overflow-wrap:anywhere}
`;

function paragraphs(text: string): string {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => `<p>${escapeHtml(p.replace(/^\r?\n+|\r?\n+$/g, ''))}</p>`)
    .join('');
}

export function letterPagesHtml(letters: readonly { text: string; lang: string }[], options: { paper: keyof typeof PAPER; senderAddress: string }): string {
  const sender = options.senderAddress.trim() ? `<div class="sender">${escapeHtml(options.senderAddress.trim())}</div>` : '';
  const body = letters
    .map((l) => `<section class="page letter" lang="${escapeHtml(l.lang)}">${sender}${paragraphs(l.text)}</section>`)
    .join('\n');
  return printPage({ title: 'Letters', page: PAPER[options.paper], css: CSS, body, flowMarginMm: 22 });
}
