import { describe, expect, it } from 'vitest';
import { fitFontSize, maxFontSizeFor } from './fit-text';
import { labelPagesHtml } from './label-html';
import { PRINT_CSP } from './print-page';
import { findPreset } from './sheet-presets';

const sheet = findPreset('avery-5160')!;
const options = { sheet, startAt: 1, offset: { xMm: 0, yMm: 0 }, isCaps: false, returnAddress: '' };

describe('label pages', () => {
  it('escapes every piece of user text', () => {
    const { html } = labelPagesHtml([{ lines: ['<script>alert(1)</script>', 'O\'Neil & "Sons" <b>'], responseCode: '<i>' }], { ...options, returnAddress: '<img src=x>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('O&#39;Neil &amp; &quot;Sons&quot; &lt;b&gt;');
    expect(html).toContain('&lt;i&gt;');
  });

  it('allows no script, network or file: a strict CSP and only data: fonts', () => {
    const { html } = labelPagesHtml([{ lines: ['A'], responseCode: null }], options);
    expect(html).toContain(`content="${PRINT_CSP}"`);
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|src=["']?(https?:|file:)|url\((?!data:)/);
    expect(html).toContain('@page{size:215.9mm 279.4mm;margin:0}');
  });

  it('shrinks long text to fit and clips it to its own label', () => {
    const long = `${'Very long street name '.repeat(9)}end`;
    expect(long.length).toBeGreaterThan(200);
    const normal = fitFontSize(['Asha Sharma', '12 MG Road', 'Chennai 600001'], { widthMm: 60, heightMm: 22 }, maxFontSizeFor(25.4));
    const shrunk = fitFontSize(['Asha Sharma', long, 'Chennai 600001'], { widthMm: 60, heightMm: 22 }, maxFontSizeFor(25.4));
    expect(shrunk).toBeLessThan(normal);
    const { html } = labelPagesHtml([{ lines: ['Asha', long], responseCode: null }], options);
    expect(html).toMatch(/\.label\{position:absolute;overflow:hidden/);
    expect(html).toContain('overflow-wrap:anywhere');
  });

  it('puts labels on as many pages as needed, and capitalises when asked', () => {
    const contents = Array.from({ length: 31 }, (_, i) => ({ lines: [`name ${i}`], responseCode: null }));
    const { html, pages } = labelPagesHtml(contents, { ...options, isCaps: true });
    expect(pages).toBe(2);
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html).toContain('NAME 30');
  });
});
