import { describe, expect, it } from 'vitest';
import { envelopePagesHtml, ENVELOPES } from './envelope-html';
import { letterPagesHtml } from './letter-html';

describe('envelopes and letters', () => {
  it('one envelope per page at the envelope size, sender and recipient escaped', () => {
    const html = envelopePagesHtml([['<b>Asha</b>', '12 MG Road'], ['Ravi', '3 Anna Salai']], { size: 'us10', senderAddress: 'Shop & Co\n<i>Chennai</i>', isCaps: false, offset: { xMm: 0, yMm: 0 } });
    expect(html).toContain(`@page{size:${ENVELOPES.us10.widthMm}mm ${ENVELOPES.us10.heightMm}mm;margin:0}`);
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html).toContain('&lt;b&gt;Asha&lt;/b&gt;');
    expect(html).toContain('Shop &amp; Co');
    expect(html).not.toMatch(/<(b|i)>/);
  });

  it('letters: paragraphs from blank lines, each letter on its own page, text escaped', () => {
    const html = letterPagesHtml(
      [
        { text: 'Dear <Asha>,\n\nLine one\nline two', lang: 'en' },
        { text: 'प्रिय प्रिया जी,\n\nनमस्ते', lang: 'hi' },
      ],
      { paper: 'a4', senderAddress: '' },
    );
    expect(html).toContain('<p>Dear &lt;Asha&gt;,</p><p>Line one\nline two</p>');
    expect(html).toContain('<section class="page letter" lang="hi">');
    expect(html).toContain('@page{size:210mm 297mm;margin:22mm}');
  });
});
