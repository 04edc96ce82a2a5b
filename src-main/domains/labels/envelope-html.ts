// Envelopes, one per page at the envelope's own size (landscape): the sender top left, the
// recipient right of centre and below the middle, where postal machines read it.
import { ENVELOPE_SIZES } from '../../../src-shared/contract/labels';
import { fitFontSize } from './fit-text';
import { escapeHtml, mm, printPage } from './print-page';

export type EnvelopeSize = (typeof ENVELOPE_SIZES)[number];

/** Width × height in mm, landscape. US #10 is 9½ × 4⅛ in. */
export const ENVELOPES: Record<EnvelopeSize, { name: string; widthMm: number; heightMm: number }> = {
  dl: { name: 'DL', widthMm: 220, heightMm: 110 },
  c5: { name: 'C5', widthMm: 229, heightMm: 162 },
  c6: { name: 'C6', widthMm: 162, heightMm: 114 },
  us10: { name: 'US #10', widthMm: 241.3, heightMm: 104.775 },
};

const CSS = `
.from{position:absolute;overflow:hidden;font-size:9pt;line-height:1.25;overflow-wrap:anywhere}
.to{position:absolute;overflow:hidden;line-height:1.25;overflow-wrap:anywhere}
`;

export function envelopePagesHtml(
  recipients: readonly string[][],
  options: { size: EnvelopeSize; senderAddress: string; isCaps: boolean; offset: { xMm: number; yMm: number } },
): string {
  const env = ENVELOPES[options.size];
  const caps = (t: string) => (options.isCaps ? t.toLocaleUpperCase() : t);
  const lines = (ls: readonly string[]) => ls.map((l) => `<div>${escapeHtml(caps(l))}</div>`).join('');
  const { xMm, yMm } = options.offset;
  const sender = options.senderAddress.split(/\r?\n/).filter((l) => l.trim());
  const from = sender.length
    ? `<div class="from" style="left:${mm(10 + xMm)};top:${mm(8 + yMm)};width:${mm(env.widthMm * 0.45)};height:${mm(env.heightMm * 0.35)}">${lines(sender)}</div>`
    : '';
  const to = { left: env.widthMm * 0.42, top: env.heightMm * 0.45 };
  const box = { widthMm: env.widthMm - to.left - 12, heightMm: env.heightMm - to.top - 10 };
  const body = recipients
    .map((r) => {
      const size = fitFontSize(r.map(caps), box, 12, 7);
      const style = `left:${mm(to.left + xMm)};top:${mm(to.top + yMm)};width:${mm(box.widthMm)};height:${mm(box.heightMm)};font-size:${size}pt`;
      return `<section class="page">${from}<div class="to" style="${style}">${lines(r)}</div></section>`;
    })
    .join('\n');
  return printPage({ title: `${env.name} envelopes`, page: env, css: CSS, body });
}
