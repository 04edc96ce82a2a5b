import { beforeEach, describe, expect, it } from 'vitest';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService } from '../contacts';
import { createProductsService } from '../products';
import { createPurchasesImport } from './purchases-import';

let sqlite: Sqlite;
let plan: ReturnType<typeof createPurchasesImport>;

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  createContactsService(sqlite, events, writer).createMany([{ givenName: 'Asha', emails: [{ label: 'work', value: 'asha@example.in' }] }]);
  createProductsService(sqlite, events, writer).create({ name: 'Tea', sku: 'TEA-1', unitPriceMinor: 100, taxBp: 500 });
  plan = createPurchasesImport(sqlite);
});

describe('purchases CSV plan', () => {
  it('names missing columns on line 1', () => {
    expect(plan('customer,date,qty\nasha@example.in,2025-01-01,1', 'INR').errors).toEqual([{ line: 1, message: 'Missing column(s): product, price' }]);
  });

  it('reads a BOM, Indian digit grouping, percentages and a per-row currency; keeps the product tax when none is given', () => {
    const result = plan('\uFEFFEmail,Date,SKU,Quantity,Unit Price,Discount,Currency\nasha@example.in,2025-01-01,tea-1,2,"1,250.50",10%,inr', 'USD');
    expect(result.errors).toEqual([]);
    expect(result.purchases[0]).toMatchObject({ currency: 'INR', lines: [{ qtyMilli: 2000, unitPriceMinor: 125_050, discountBp: 1000, taxBp: 500 }] });
  });

  it('refuses mixed currencies in one purchase and a negative price, and returns nothing to write', () => {
    const result = plan(
      ['customer,date,sku,qty,price,currency,reference', 'asha@example.in,2025-01-01,TEA-1,1,10,INR,A', 'asha@example.in,2025-01-01,TEA-1,1,10,USD,A', 'asha@example.in,2025-01-02,TEA-1,1,-5,INR,B'].join('\n'),
      'INR',
    );
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[1]!.message).toBe('the price cannot be negative');
    expect(result.purchases).toEqual([]);
  });
});
