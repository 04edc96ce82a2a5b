// Labels printed through the real core and Chromium, read back with poppler: every label sits in
// its cell, pages have the paper's size, Indic text stays searchable, fonts are embedded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactFieldsInput } from '../../src-shared/contract/contacts';
import type { LabelSheet, PrintedPdf } from '../../src-shared/contract/labels';
import { labelPadding } from '../../src-main/domains/labels/label-html';
import { findChromium } from '../../src-main/platform/chromium-pdf';
import { inProcessTransport } from '../../src-main/rpc/in-process-transport';
import { MM_TO_PT, pdfFonts, pdfPageSizes, pdfText, pdfWords, type PdfWord } from './support/poppler';
import { tempCore } from './support/temp-core';

let core: Awaited<ReturnType<typeof tempCore>>;
const outDir = mkdtempSync(join(tmpdir(), 'sampark-labels-'));

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await inProcessTransport(core.dispatch).call({ id: 1, method, input });
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

async function printPdf(input: Record<string, unknown>): Promise<{ file: string; result: PrintedPdf }> {
  const result = await call<PrintedPdf>('labels.pdf', input);
  const file = join(outDir, `${String(input.sheetId)}-${Date.now()}.pdf`);
  writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
  return { file, result };
}

const HINDI = { givenName: 'प्रिया', familyName: 'वर्मा', street: 'बी-४२, लाजपत नगर', locality: 'नई दिल्ली', postalCode: '110024' };
const TAMIL = { givenName: 'கார்த்திக்', familyName: 'சுப்பிரமணியன்', street: '15, காந்தி சாலை', locality: 'சென்னை', postalCode: '600017' };
const LONG_STREET = `${'Kanakapura Main Road Cross Extension '.repeat(5)}`.slice(0, 200);

beforeAll(async () => {
  core = await tempCore();
  const people: ContactFieldsInput[] = [];
  // 32 labels: more than one sheet of either preset. Names sort in print order (sortBy: name).
  for (let i = 1; i <= 29; i++) {
    const n = String(i).padStart(2, '0');
    people.push({ givenName: `Nm${n}`, addresses: [{ label: 'home', street: `${i} Station Road`, locality: 'Pune', postalCode: `4110${n}`, country: 'India' }] });
  }
  people.push({ givenName: 'Nm30', familyName: '<script>alert(1)</script>', addresses: [{ label: 'home', street: LONG_STREET, locality: 'Bengaluru', postalCode: '560001', country: 'IN' }] });
  for (const p of [HINDI, TAMIL]) {
    people.push({ givenName: p.givenName, familyName: p.familyName, addresses: [{ label: 'home', street: p.street, locality: p.locality, postalCode: p.postalCode, country: 'India' }] });
  }
  for (const person of people) await call('contacts.create', person);
});

afterAll(() => {
  core.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

/** The cell of the i-th label (0-based, from label 1), in points. */
function cell(sheet: LabelSheet, i: number) {
  const perPage = sheet.columns * sheet.rows;
  const within = i % perPage;
  const x = (sheet.leftMm + (within % sheet.columns) * sheet.hPitchMm) * MM_TO_PT;
  const y = (sheet.topMm + Math.floor(within / sheet.columns) * sheet.vPitchMm) * MM_TO_PT;
  return { page: Math.floor(i / perPage), x, y, right: x + sheet.labelWidthMm * MM_TO_PT, bottom: y + sheet.labelHeightMm * MM_TO_PT };
}

const TOLERANCE_PT = 0.5;
const inside = (w: PdfWord, c: ReturnType<typeof cell>) =>
  w.page === c.page && w.xMin >= c.x - TOLERANCE_PT && w.xMax <= c.right + TOLERANCE_PT && w.yMin >= c.y - TOLERANCE_PT && w.yMax <= c.bottom + TOLERANCE_PT;

describe.each(['avery-5160', 'l7160'])('labels on %s', (sheetId) => {
  let sheet: LabelSheet;
  let words: PdfWord[];
  let result: PrintedPdf;
  let file: string;

  beforeAll(async () => {
    sheet = (await call<{ items: LabelSheet[] }>('labels.sheets', {})).items.find((s) => s.id === sheetId)!;
    ({ file, result } = await printPdf({ sheetId, sortBy: 'name' }));
    words = pdfWords(file);
  }, 60_000);

  it('starts every label’s first line inside its own cell', () => {
    expect(result.printed).toBe(32);
    for (let i = 1; i <= 30; i++) {
      const name = `Nm${String(i).padStart(2, '0')}`;
      const word = words.find((w) => w.text === name);
      expect(word, name).toBeDefined();
      const c = cell(sheet, i - 1);
      expect(inside(word!, c), `${name} at ${JSON.stringify(word)} not in ${JSON.stringify(c)}`).toBe(true);
      // First line: exactly at the cell's left padding, in its top half.
      expect(Math.abs(word!.xMin - (c.x + labelPadding(sheet).xMm * MM_TO_PT))).toBeLessThanOrEqual(TOLERANCE_PT);
      expect(word!.yMin).toBeLessThan(c.y + (c.bottom - c.y) / 2);
    }
  });

  it('keeps every word inside some label cell: nothing spills, not even a 200-character street', () => {
    const cells = Array.from({ length: result.pageCount * sheet.columns * sheet.rows }, (_, i) => cell(sheet, i));
    const outside = words.filter((w) => !cells.some((c) => inside(w, c)));
    expect(outside).toEqual([]);
    expect(words.some((w) => w.text.startsWith('Kanakapura'))).toBe(true);
  });

  it('prints names with HTML as literal text', () => {
    expect(pdfText(file)).toContain('<script>alert(1)</script>');
  });

  it('has the paper’s exact size and embeds every font', () => {
    const sizes = pdfPageSizes(file);
    expect(sizes).toHaveLength(result.pageCount);
    const [w, h] = sheet.pageWidthMm === 210 ? [595.28, 841.89] : [612, 792];
    for (const size of sizes) {
      if (w === 612) expect(size).toEqual({ widthPt: 612, heightPt: 792 });
      expect(Math.abs(size.widthPt - w)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(size.heightPt - h)).toBeLessThanOrEqual(0.5);
    }
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Regular', 'NotoSansDevanagari-Regular', 'NotoSansTamil-Regular']);
    expect(fonts.every((f) => f.isEmbedded)).toBe(true);
  });

  it('keeps Hindi and Tamil text in logical order (searchable, copy-pasteable)', () => {
    const text = pdfText(file).normalize('NFC');
    for (const p of [HINDI, TAMIL]) {
      expect(text).toContain(`${p.givenName} ${p.familyName}`.normalize('NFC'));
      expect(text).toContain(p.street.normalize('NFC'));
      expect(text).toContain(`${p.locality} ${p.postalCode}`.normalize('NFC'));
    }
  });
});

describe('the print page', () => {
  it('requests nothing from the network or disk, even with markup in a name', async () => {
    const id = (await call<{ id: string }>('contacts.create', {
      givenName: '<img src="http://example.invalid/x.png">',
      familyName: '<link rel=stylesheet href=file:///etc/passwd>',
      addresses: [{ label: 'home', street: '<iframe src="https://example.invalid">', locality: 'Pune', postalCode: '411001', country: 'India' }],
    })).id;
    const doc = await call<{ html: string }>('labels.preview', { contactIds: [id] });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: findChromium()!, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.setContent(doc.html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      expect(requested.filter((url) => !url.startsWith('data:'))).toEqual([]);
      await expect(page.locator('img, link[rel=stylesheet], iframe, script').count()).resolves.toBe(0);
      await expect(page.getByText('<img src="http://example.invalid/x.png"> <link rel=stylesheet href=file:///etc/passwd>').count()).resolves.toBe(1);
    } finally {
      await browser.close();
      await call('contacts.archive', { id });
    }
  }, 60_000);
});

describe('label options through the PDF', () => {
  it('starts at label N on the first sheet', async () => {
    const { file } = await printPdf({ sheetId: 'avery-5160', sortBy: 'name', startAt: 29 });
    const sheet = (await call<{ items: LabelSheet[] }>('labels.sheets', {})).items.find((s) => s.id === 'avery-5160')!;
    const words = pdfWords(file);
    expect(inside(words.find((w) => w.text === 'Nm01')!, cell(sheet, 28))).toBe(true);
    expect(inside(words.find((w) => w.text === 'Nm03')!, cell(sheet, 30))).toBe(true);
  }, 60_000);

  it('prints a calibration page of outlines, shifted by the printer’s offset', async () => {
    await call('labels.setPrinterOffset', { printer: 'Office laser', xMm: 2, yMm: -1 });
    const { file, result } = await printPdf({ sheetId: 'l7160', document: 'calibration', printer: 'Office laser' });
    expect(result.pageCount).toBe(1);
    const sheet = (await call<{ items: LabelSheet[] }>('labels.sheets', {})).items.find((s) => s.id === 'l7160')!;
    const words = pdfWords(file);
    expect(pdfText(file)).toContain('Actual size / 100 %');
    const one = words.find((w) => w.text === '1')!;
    const c = cell(sheet, 0);
    // The number sits 1.5 mm inside the outline's left edge; the whole outline moved 2 mm right and 1 mm up.
    expect(Math.abs(one.xMin - (c.x + (1.5 + 2) * MM_TO_PT))).toBeLessThan(1);
    expect(one.yMin).toBeGreaterThan(c.y - 1 * MM_TO_PT);
    expect(one.yMin).toBeLessThan(c.y + 2 * MM_TO_PT);
  }, 60_000);

  it('saves a custom sheet (synced) and prints on it', async () => {
    const sheet = await call<LabelSheet>('labels.saveSheet', {
      sheet: { name: 'Shop stock 2×4', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 99, labelHeightMm: 67, leftMm: 6, topMm: 12, hPitchMm: 99, vPitchMm: 68, columns: 2, rows: 4 },
    });
    expect(sheet.isCustom).toBe(true);
    const { result } = await printPdf({ sheetId: sheet.id, contactIds: [] as string[] }).catch((e: Error) => ({ result: e }) as never);
    expect(String(result)).toContain('Nothing to print');
    const printed = await printPdf({ sheetId: sheet.id });
    expect(printed.result.pageCount).toBe(4);
    await call('labels.deleteSheet', { id: sheet.id });
    expect((await call<{ items: LabelSheet[] }>('labels.sheets', {})).items.some((s) => s.id === sheet.id)).toBe(false);
  }, 60_000);
});
