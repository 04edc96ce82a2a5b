// Products, purchases and payments through the real core and the built CLI: CSV import all or
// nothing with per-row errors, exports, receivables, and two machines converging through sync.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../src-shared/contract/contacts';
import type { Product } from '../../src-shared/contract/products';
import type { CustomerSummary, PurchaseDetail, Receivables } from '../../src-shared/contract/purchases';
import { sampark } from './support/run-cli';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function call<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}

/** A shop with one customer and two products; closed again so the CLI can open the data folder. */
async function shop(): Promise<{ dir: string; contactId: string }> {
  const core = await tempCore();
  const contact = await call<ContactDetail>(core, 'contacts.create', { givenName: 'Asha', familyName: 'Rao', emails: [{ label: 'work', value: 'asha@example.in' }] });
  await call<Product>(core, 'products.create', { name: 'Assam tea 1 kg', sku: 'TEA-1', unitPriceMinor: 52_000, taxBp: 500 });
  await call<Product>(core, 'products.create', { name: 'Filter coffee', sku: 'COF-1', unitPriceMinor: 31_000 });
  core.close();
  cleanups.push(() => rmSync(core.dataDir, { recursive: true, force: true }));
  return { dir: core.dataDir, contactId: contact.id };
}

const exported = (dir: string, what: string) => {
  const out = join(dir, `${what}.json`);
  expect(sampark(['export', what, '--format', 'json', '--out', out, '--data-dir', dir]).status).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
};

describe('sampark purchases import', () => {
  it('reports every bad row with its line number and imports nothing', async () => {
    const { dir } = await shop();
    const file = join(dir, 'sales.csv');
    writeFileSync(
      file,
      [
        'Customer Email,Date,SKU,Qty,Price,Reference',
        'asha@example.in,2025-05-01,TEA-1,2,520.00,INV-1',
        'asha@example.in,2025-05-01,NOPE-9,1,10,INV-1',
        'nobody@example.in,2025-05-02,TEA-1,1,520,INV-2',
        'asha@example.in,2025-05-03,COF-1,-3,310,INV-3',
        'asha@example.in,2025-13-03,COF-1,1,310,INV-4',
      ].join('\n'),
    );
    const run = sampark(['purchases', 'import', file, '--data-dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('line 3: unknown product or SKU “NOPE-9”');
    expect(run.stdout).toContain('line 4: unknown customer “nobody@example.in”');
    expect(run.stdout).toContain('line 5: the quantity -3 must be more than zero');
    expect(run.stdout).toContain('line 6: the date “2025-13-03” is not YYYY-MM-DD');
    expect(run.stdout).not.toContain('line 2');
    expect(run.stderr).toContain('nothing was imported');
    expect(exported(dir, 'purchases')).toEqual([]);
  });

  it('groups lines by customer, date and reference; --dry-run changes nothing; exports guard formulas', async () => {
    const { dir, contactId } = await shop();
    const file = join(dir, 'sales.csv');
    writeFileSync(
      file,
      [
        'customer,date,product,qty,price,reference',
        'ASHA@example.in,2025-05-01,TEA-1,2,520.00,=HYPERLINK("http://x")',
        `asha@example.in,2025-05-01,Filter coffee,1.5,310,=HYPERLINK("http://x")`,
        `${contactId},2025-06-01,COF-1,1,310,INV-2`,
      ].join('\n'),
    );
    const dry = sampark(['purchases', 'import', file, '--dry-run', '--data-dir', dir]);
    expect(dry.stdout).toContain('Would import 2 purchases with 3 lines');
    expect(exported(dir, 'purchases')).toEqual([]);

    const run = sampark(['purchases', 'import', file, '--data-dir', dir, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ purchases: 2, lines: 3, errors: [] });
    // 2 × 520 + 5 % tax (the product's rate) = 1092.00, plus 1.5 × 310 = 465.00.
    expect(exported(dir, 'purchases').map((p) => [p.date, p.totalMinor])).toEqual([
      ['2025-05-01', 155_700],
      ['2025-06-01', 31_000],
    ]);
    const csv = join(dir, 'purchases.csv');
    sampark(['export', 'purchases', '--format', 'csv', '--out', csv, '--data-dir', dir]);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(',1557.00,');

    const owed = JSON.parse(sampark(['receivables', '--as-of', '2025-07-15', '--json', '--data-dir', dir]).stdout) as Receivables;
    expect(owed.totals).toEqual([{ currency: 'INR', current: 0, d1to30: 0, d31to60: 31_000, d61to90: 155_700, d90plus: 0, totalMinor: 186_700 }]);
    expect(owed.customers[0]).toMatchObject({ customerName: 'Asha Rao', isLatePayer: true, oldestDaysPastDue: 75 });
  });
});

describe('sampark seed with sales', () => {
  it('adds products, purchases and payments, and can seed the same folder again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sampark-it-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const seed of ['1', '2']) {
      const run = sampark(['seed', '--contacts', '40', '--seed', seed, '--purchase-lines', '300', '--data-dir', dir, '--json']);
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ contacts: 40, purchaseLines: 300 });
    }
    const purchases = exported(dir, 'purchases');
    expect(purchases.length).toBeGreaterThan(100);
    expect(exported(dir, 'payments').length).toBeGreaterThan(50);
    // Every purchase's total is its lines' total; payments never exceed it in demo data.
    expect(purchases.every((p) => Number(p.paidMinor) <= Number(p.totalMinor) && Number(p.totalMinor) > 0)).toBe(true);
  });
});

describe('purchases between two machines', () => {
  it('converge, with balances recomputed from payments made on the other machine', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sampark-syncfolder-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const [a, b] = [await tempCore(), await tempCore()];
    cleanups.push(a.cleanup, b.cleanup);
    for (const [core, name] of [[a, 'shop'], [b, 'laptop']] as const) await call(core, 'sync.configure', { folder, deviceName: name });
    const contact = await call<ContactDetail>(a, 'contacts.create', { givenName: 'Ravi', familyName: 'Iyer' });
    const sale = await call<PurchaseDetail>(a, 'purchases.create', {
      contactId: contact.id,
      date: '2025-05-01',
      lines: [{ qtyMilli: 2000, unitPriceMinor: 10_000, taxBp: 1800 }, { qtyMilli: 500, unitPriceMinor: 999 }],
    });
    await call(a, 'sync.now');
    await call(b, 'sync.now');
    expect((await call<PurchaseDetail>(b, 'purchases.get', { id: sale.id })).totalMinor).toBe(sale.totalMinor);

    // Both machines take a payment offline; each sees the other's after syncing.
    await call(a, 'payments.record', { purchaseId: sale.id, amountMinor: 5_000, receivedOn: '2025-05-02' });
    await call(b, 'payments.record', { purchaseId: sale.id, amountMinor: 7_000, receivedOn: '2025-05-03', method: 'upi' });
    for (const core of [a, b, a]) await call(core, 'sync.now');
    const [onA, onB] = [await call<PurchaseDetail>(a, 'purchases.get', { id: sale.id }), await call<PurchaseDetail>(b, 'purchases.get', { id: sale.id })];
    expect(onA.paidMinor).toBe(12_000);
    expect(onB).toEqual(onA);
    const summary = (core: Core) => call<CustomerSummary>(core, 'purchases.summary', { contactId: contact.id });
    expect(await summary(b)).toEqual(await summary(a));
    expect((await summary(a)).outstanding).toEqual([{ currency: 'INR', amountMinor: sale.totalMinor - 12_000 }]);
  });
});
