// Sales at scale (issue 6): a fresh core seeded with N contacts and 10 sales lines per contact
// (1,000,000 lines over 100,000 customers at the default size), then receivables with ageing, one
// customer's purchase summary, and a purchases CSV import, each beside raw better-sqlite3 doing the
// same reads or plain INSERTs of the same rows. Reported, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { boot, type Core } from '../src-main/boot';
import { median, summarize, timeEach, timeRepeated } from './measure';
import { withBaseline, type BenchResult } from './result';

const LINES_PER_CONTACT = 10;

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
  return response.value as T;
}

/** The same ageing done in plain SQL over the same open purchases. */
const RAW_RECEIVABLES = `SELECT contact_id, company_id, currency,
  SUM(CASE WHEN julianday(@asOf) - julianday(due_date) <= 0 THEN total_minor - paid_minor ELSE 0 END),
  SUM(CASE WHEN julianday(@asOf) - julianday(due_date) BETWEEN 1 AND 30 THEN total_minor - paid_minor ELSE 0 END),
  SUM(CASE WHEN julianday(@asOf) - julianday(due_date) BETWEEN 31 AND 60 THEN total_minor - paid_minor ELSE 0 END),
  SUM(CASE WHEN julianday(@asOf) - julianday(due_date) BETWEEN 61 AND 90 THEN total_minor - paid_minor ELSE 0 END),
  SUM(CASE WHEN julianday(@asOf) - julianday(due_date) > 90 THEN total_minor - paid_minor ELSE 0 END)
  FROM purchases WHERE status = 'confirmed' AND total_minor <> paid_minor GROUP BY contact_id, company_id, currency`;

export async function benchPurchases(options: { contactCount: number; log: (message: string) => void }): Promise<BenchResult[]> {
  const { contactCount, log } = options;
  const lines = contactCount * LINES_PER_CONTACT;
  const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-sales-'));
  const results: BenchResult[] = [];
  const core = await boot({ dataDir, dailyBackups: false });
  try {
    log(`sales: seeding ${contactCount} contacts with ${lines} sales lines`);
    const seedStart = performance.now();
    await call(core, 'demo.seed', { contacts: contactCount, seed: 1, purchaseLines: lines });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    results.push({ name: 'sales.seed.linesPerSecond', value: lines / seedSeconds, unit: 'lines/s', note: `${contactCount} contacts, ${lines} lines, their purchases and payments in ${seedSeconds.toFixed(1)} s` });

    const raw = new Database(core.databaseFile, { readonly: true });
    const asOf = new Date().toISOString().slice(0, 10);
    log('sales: receivables');
    await call(core, 'purchases.receivables', {});
    const ours = median(await timeRepeated(15, () => call(core, 'purchases.receivables', { limit: 500 })));
    const rawStatement = raw.prepare(RAW_RECEIVABLES);
    const baseline = median(await timeRepeated(15, () => rawStatement.all({ asOf })));
    const open = raw.prepare(`SELECT COUNT(*) FROM purchases WHERE status = 'confirmed' AND total_minor <> paid_minor`).pluck().get() as number;
    results.push(withBaseline({ name: 'sales.receivables.ms', value: ours, unit: 'ms', baseline, target: 100, note: `${open} open purchases aged; top 500 customers with days-to-pay` }));

    log('sales: due to reorder');
    const coldStart = performance.now();
    await call(core, 'purchases.dueToReorder', { limit: 50 });
    const coldMs = performance.now() - coldStart;
    const cachedMs = median(await timeRepeated(5, () => call(core, 'purchases.dueToReorder', { limit: 50 })));
    results.push({ name: 'sales.dueToReorder.cold.ms', value: coldMs, unit: 'ms', note: "first read: every customer's purchase dates, median intervals; top 50 with their products" });
    results.push({ name: 'sales.dueToReorder.cached.ms', value: cachedMs, unit: 'ms', note: 'again before any purchase changes (kept in memory)' });

    log('sales: customer summaries');
    const customers = raw.prepare(`SELECT DISTINCT contact_id FROM purchases WHERE contact_id IS NOT NULL ORDER BY random() LIMIT 300`).pluck().all() as string[];
    const rawSummary = raw.prepare(`SELECT date, status, currency, total_minor, paid_minor, paid_on, due_date FROM purchases WHERE contact_id = ? ORDER BY date`);
    await timeEach(customers.slice(0, 20), (id) => call(core, 'purchases.summary', { contactId: id }));
    const summary = summarize(await timeEach(customers, (id) => call(core, 'purchases.summary', { contactId: id })));
    const rawSummaryMs = median(await timeEach(customers, (id) => rawSummary.all(id)));
    results.push(withBaseline({ name: 'sales.customerSummary.p50.ms', value: summary.p50, unit: 'ms', baseline: rawSummaryMs, target: 5, note: `p95 ${summary.p95.toFixed(2)} ms over ${summary.count} customers` }));

    // A CSV of sales lines for existing customers (by id) and catalogue SKUs.
    const importRows = Math.max(1000, Math.round(contactCount / 2));
    const skus = raw.prepare(`SELECT sku FROM products WHERE is_active = 1 AND sku <> '' AND currency = 'INR'`).pluck().all() as string[];
    const ids = raw.prepare('SELECT id FROM contacts LIMIT ?').pluck().all(Math.max(1, Math.round(importRows / 3))) as string[];
    raw.close();
    const csv = ['customer,date,sku,qty,price,reference'];
    for (let i = 0; i < importRows; i++) {
    const group = Math.floor(i / 3);
    csv.push(`${ids[group % ids.length]},2025-0${1 + (group % 9)}-1${group % 10},${skus[i % skus.length]},${1 + (i % 4)},${100 + (i % 900)}.50,IMP-${group}`);
    }
    const contentBase64 = Buffer.from(csv.join('\n')).toString('base64');
    log(`sales: importing ${importRows} CSV lines`);
    const importStart = performance.now();
    const imported = await call<{ purchases: number; lines: number; errors: unknown[] }>(core, 'purchases.import', { contentBase64 });
    const importMs = performance.now() - importStart;
    if (imported.errors.length > 0) throw new Error(`purchases.import reported ${imported.errors.length} errors`);
    const rawMs = rawInsertMs(core.databaseFile, imported.purchases, imported.lines, ids);
    results.push({ name: 'sales.import.linesPerSecond', value: imported.lines / (importMs / 1000), unit: 'lines/s', note: `${imported.lines} lines in ${imported.purchases} purchases, all or nothing, through dispatch` });
    results.push(withBaseline({ name: 'sales.import.ratio', value: importMs, unit: 'ms', baseline: rawMs, note: 'whole import ÷ plain INSERTs of the same purchases and lines in one transaction (no parsing, checks or change capture)' }));
    return results;
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Plain INSERTs of as many purchases and lines into the same database, rolled back afterwards. */
function rawInsertMs(file: string, purchases: number, lines: number, customers: readonly string[]): number {
  const db = new Database(file);
  try {
    const insertPurchase = db.prepare(
      `INSERT INTO purchases (id, contact_id, date, reference, status, currency, payment_terms_days, due_date, total_minor, created_at_ms, updated_at_ms) VALUES (?, ?, '2025-01-01', 'RAW', 'confirmed', 'INR', 0, '2025-01-01', 100, 0, 0)`,
    );
    const insertLine = db.prepare(
      `INSERT INTO purchase_lines (id, purchase_id, description, qty_milli, unit_price_minor, discount_bp, tax_bp, sort_order, total_minor, created_at_ms, updated_at_ms) VALUES (?, ?, 'raw', 1000, 100, 0, 0, 0, 100, 0, 0)`,
    );
    const perPurchase = Math.max(1, Math.round(lines / Math.max(1, purchases)));
    const start = performance.now();
    db.exec('BEGIN');
    for (let p = 0; p < purchases; p++) {
      const id = uuidv7();
      insertPurchase.run(id, customers[p % customers.length]);
      for (let l = 0; l < perPurchase; l++) insertLine.run(uuidv7(), id);
    }
    const ms = performance.now() - start;
    db.exec('ROLLBACK');
    return ms;
  } finally {
    db.close();
  }
}
