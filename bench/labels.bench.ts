// Mailing labels: 3,000 contacts with addresses (100 sheets of Avery 5160) on a fresh core.
// `labels.html.engine` lays out the HTML from ready mail pieces (the engine alone, target 200 ms);
// `labels.preview` is the whole dispatch call (contacts read, mail list, HTML of the first 20 sheets)
// beside a raw SQL read of the same names and addresses; `labels.pdf` lays out all 100 sheets and
// prints them with the system Chromium (target 10 s; Chromium's share is most of it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { boot } from '../src-main/boot';
import { labelPagesHtml } from '../src-main/domains/labels/label-html';
import { findPreset } from '../src-main/domains/labels/sheet-presets';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const LABELS = 3000;
const CITIES = [
  ['Chennai', 'Tamil Nadu', '6000'],
  ['नई दिल्ली', 'दिल्ली', '1100'],
  ['Pune', 'Maharashtra', '4110'],
  ['மதுரை', 'தமிழ்நாடு', '6250'],
] as const;

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export async function benchLabels({ log }: { log: (message: string) => void }): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-labels-'));
  const core = await boot({ dataDir, dailyBackups: false });
  try {
    log(`labels: creating ${LABELS} contacts with addresses`);
    for (let i = 0; i < LABELS; i++) {
      const [locality, region, pin] = CITIES[i % CITIES.length]!;
      const input = {
        givenName: `Person${i}`,
        familyName: ['Sharma', 'वर्मा', 'சுப்பிரமணியன்', 'Iyer'][i % 4],
        addresses: [{ label: 'home', street: `${i + 1}, ${['MG Road', 'लाजपत नगर', 'காந்தி சாலை', 'FC Road'][i % 4]}`, locality, region, postalCode: `${pin}${String(i % 100).padStart(2, '0')}`, country: 'India' }],
      };
      const created = await core.dispatch({ id: 1, method: 'contacts.create', input });
      if (!created.ok) throw new Error(created.error.message);
    }

    const sheet = findPreset('avery-5160')!;
    const contents = Array.from({ length: LABELS }, (_, i) => ({ lines: [`Person${i} Sharma`, `${i + 1}, MG Road`, 'Chennai 600001', 'Tamil Nadu'], responseCode: null }));
    const options = { sheet, startAt: 1, offset: { xMm: 0, yMm: 0 }, isCaps: false, returnAddress: '' };
    labelPagesHtml(contents, options); // warm up (fonts read once)
    const engine = await timed(() => labelPagesHtml(contents, options));

    const raw = new Database(core.databaseFile, { readonly: true });
    const rawRead = raw.prepare(
      `SELECT c.id, c.display_name, a.street, a.locality, a.region, a.postal_code, a.country FROM contacts c
       JOIN contact_addresses a ON a.contact_id = c.id AND a.deleted_at_ms IS NULL WHERE c.archived_at_ms IS NULL ORDER BY a.postal_code`,
    );
    rawRead.all();
    const baseline = await timed(() => rawRead.all());
    raw.close();

    const input = { sheetId: 'avery-5160' };
    await core.dispatch({ id: 1, method: 'labels.preview', input });
    const preview = await timed(() => core.dispatch({ id: 1, method: 'labels.preview', input }));
    if (!preview.value.ok) throw new Error(preview.value.error.message);
    const doc = preview.value.value as { pageCount: number; shownPageCount: number; printed: number; html: string };

    log('labels: printing the PDF with Chromium');
    const pdf = await timed(() => core.dispatch({ id: 1, method: 'labels.pdf', input }));
    if (!pdf.value.ok) throw new Error(pdf.value.error.message);
    const bytes = Buffer.byteLength((pdf.value.value as { contentBase64: string }).contentBase64, 'base64');

    return [
      { name: 'labels.html.engine.3000.ms', value: engine.ms, unit: 'ms', target: 200, note: `${engine.value.pages} sheets of 5160, ${(Buffer.byteLength(engine.value.html) / 2 ** 20).toFixed(1)} MB of HTML (fonts embedded)` },
      withBaseline({ name: 'labels.preview.3000.ms', value: preview.ms, unit: 'ms', baseline: baseline.ms, note: `labels.preview through dispatch: ${doc.printed} labels on ${doc.pageCount} sheets, the first ${doc.shownPageCount} laid out; baseline: raw SELECT of names and addresses` }),
      { name: 'labels.pdf.3000.ms', value: pdf.ms, unit: 'ms', target: 10_000, note: `labels.pdf through dispatch with the system Chromium: ${(bytes / 2 ** 20).toFixed(1)} MB PDF` },
    ];
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
