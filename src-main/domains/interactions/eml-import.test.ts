import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interactionsFixture } from './test-fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'eml');
const file = (name: string) => ({ name, bytes: readFileSync(join(FIXTURES, name)) });

describe('.eml import', () => {
  it('logs emails matched by address, inbound when a contact sent it, once per Message-ID, and explains bad files', async () => {
    const f = await interactionsFixture({ atMs: Date.UTC(2026, 10, 1) });
    const asha = f.contact({ givenName: 'Asha', emails: [{ value: 'Asha@Kaveri.example' }] });
    const ravi = f.contact({ givenName: 'Ravi', emails: [{ value: 'ravi@example.in' }] });
    const names = ['inbound-order.eml', 'outbound-price-list.eml', 'empty.eml', 'binary.eml', 'not-an-email.eml', 'unmatched.eml', 'inbound-order.eml'];
    const results = await f.service.importEml(names.map(file), null);
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['inbound-order.eml', 'logged'],
      ['outbound-price-list.eml', 'logged'],
      ['empty.eml', 'failed'],
      ['binary.eml', 'failed'],
      ['not-an-email.eml', 'failed'],
      ['unmatched.eml', 'unmatched'],
      ['inbound-order.eml', 'duplicate'],
    ]);
    expect(results[2]!.message).toMatch(/empty/);
    expect(results[5]!.message).toContain('stranger@nowhere.example');

    const order = f.service.get(results[0]!.interactionId!);
    expect(order).toMatchObject({ kindId: 'kind-email', direction: 'inbound', subject: 'आदेश order for Diwali', occurredAtMs: Date.UTC(2026, 9, 20, 4, 45) });
    expect(order.notes).toContain('40 boxes');
    const priceList = f.service.get(results[1]!.interactionId!);
    expect(priceList.direction).toBe('outbound');
    expect(priceList.contacts.map((c) => c.id).sort()).toEqual([asha, ravi].sort());
    expect(priceList.notes).toContain('price list');
    expect(f.service.stats(asha).interactionCount).toBe(2);
  });

  it('logs a dropped message onto the contact it was dropped on even when no address matches', async () => {
    const f = await interactionsFixture({ atMs: Date.UTC(2026, 10, 1) });
    const someone = f.contact({ givenName: 'Someone' });
    const [result] = await f.service.importEml([file('unmatched.eml')], someone);
    expect(result).toMatchObject({ status: 'logged' });
    expect(f.service.get(result!.interactionId!).direction).toBe('outbound');
  });
});
