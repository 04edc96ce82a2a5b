// Domains working together: one timeline from interactions, completed reminders, deal stage moves and
// cases (newest first, keyset-paged across sources); a merge taking interactions along; a payment chased
// with a reminder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../src-main/domains/deals';
import { tempCore } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
interface Item {
  source: string;
  id: string;
  kind: string;
  title: string;
  detail: string;
  atMs: number;
  amount: { amountMinor: number; currency: string } | null;
}
interface Page {
  items: Item[];
  nextCursor: { atMs: number; source: string; id: string } | null;
}

let core: Core;
let nextId = 1;
async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await core.dispatch({ id: nextId++, method, input });
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.value as T;
}
const stage = (key: string) => DEFAULT_STAGES.find((s) => s.key === key)!.id;

beforeEach(async () => {
  core = await tempCore();
});
afterEach(() => core.cleanup());

async function contact(givenName: string): Promise<string> {
  return (await call<{ id: string }>('contacts.create', { givenName })).id;
}

describe('the timeline across sources', () => {
  it('merges interactions, completed reminders, deal moves and cases newest first, pages without repeats and filters by kind', async () => {
    const asha = await contact('Asha');
    await call('interactions.log', { kindId: 'kind-call', occurredAtMs: Date.now() - 3 * 86_400_000, contactIds: [asha], subject: 'Asked for a quote' });
    const reminder = await call<{ id: string }>('reminders.create', { title: 'Send the quote', due: { kind: 'date', date: '2026-01-05' }, contactId: asha });
    await call('reminders.complete', { id: reminder.id });
    const deal = await call<{ id: string }>('deals.create', { title: 'Shop fit-out', contactIds: [asha], valueMinor: 12_500_000 });
    await call('deals.move', { id: deal.id, stageId: stage('proposal') });
    const complaint = await call<{ id: string }>('cases.open', { contactId: asha, subject: 'Late delivery' });
    await call('cases.respond', { id: complaint.id, text: 'Sent today' });
    await call('cases.resolve', { id: complaint.id, satisfaction: 4 });

    const all = await call<Page>('interactions.timeline', { scope: { contactId: asha } });
    expect(all.items.map((i) => i.kind).sort()).toEqual(
      ['case-opened', 'case-responded', 'case-resolved', 'deal-moved', 'deal-moved', 'reminder-done', 'kind-call'].sort(),
    );
    expect(all.items.at(-1)).toMatchObject({ kind: 'kind-call', title: 'Asked for a quote' });
    expect(all.items.find((i) => i.kind === 'deal-moved' && i.detail === 'New → Proposal')).toMatchObject({ title: 'Shop fit-out' });
    expect(all.items.find((i) => i.kind === 'reminder-done')).toMatchObject({ title: 'Send the quote' });
    expect(all.items.find((i) => i.kind === 'case-resolved')).toMatchObject({ title: 'Late delivery', detail: '★★★★' });
    for (let i = 1; i < all.items.length; i++) expect(all.items[i - 1]!.atMs).toBeGreaterThanOrEqual(all.items[i]!.atMs);

    const walked: string[] = [];
    let after: Page['nextCursor'] = null;
    do {
      const page: Page = await call<Page>('interactions.timeline', { scope: { contactId: asha }, limit: 1, after });
      walked.push(...page.items.map((i) => `${i.source}:${i.id}`));
      after = page.nextCursor;
    } while (after);
    expect(walked).toEqual(all.items.map((i) => `${i.source}:${i.id}`));

    const done = await call<Page>('interactions.timeline', { scope: { contactId: asha }, kinds: ['reminder-done'] });
    expect(done.items.map((i) => i.title)).toEqual(['Send the quote']);
    const calls = await call<Page>('interactions.timeline', { scope: { contactId: asha }, kinds: ['kind-call'] });
    expect(calls.items.map((i) => i.kind)).toEqual(['kind-call']);
  });

  it('moves a merged contact’s interactions to the contact kept, and back on Undo', async () => {
    const kept = await contact('Ravi');
    const merged = await contact('Ravi K');
    await call('interactions.log', { kindId: 'kind-meeting', occurredAtMs: Date.now() - 86_400_000, contactIds: [merged], subject: 'Showroom visit' });
    const stats = (id: string) => call<{ interactionCount: number }>('interactions.stats', { contactId: id });

    const { mergeId } = await call<{ mergeId: string }>('contacts.merge', { survivorId: kept, mergedIds: [merged] });
    const keptTimeline = await call<Page>('interactions.timeline', { scope: { contactId: kept } });
    expect(keptTimeline.items.map((i) => i.title)).toEqual(['Showroom visit']);
    expect((await stats(kept)).interactionCount).toBe(1);
    expect((await stats(merged)).interactionCount).toBe(0);

    await call('contacts.undoMerge', { mergeId });
    expect((await call<Page>('interactions.timeline', { scope: { contactId: kept } })).items).toEqual([]);
    expect((await call<Page>('interactions.timeline', { scope: { contactId: merged } })).items.map((i) => i.title)).toEqual(['Showroom visit']);
    expect((await stats(merged)).interactionCount).toBe(1);
  });

  it('shows a sale and its payment on the timeline, and chases the rest with a reminder due on the day asked', async () => {
    const asha = await contact('Asha');
    const sale = await call<{ id: string }>('purchases.create', {
      contactId: asha,
      date: '2026-11-01',
      reference: 'INV-7',
      lines: [{ description: 'Saree', qtyMilli: 2000, unitPriceMinor: 150_000 }],
    });
    await call('payments.record', { purchaseId: sale.id, amountMinor: 100_000, receivedOn: '2026-11-02' });
    const sales = await call<Page>('interactions.timeline', { scope: { contactId: asha } });
    expect(sales.items.map((i) => [i.kind, i.amount])).toEqual([
      ['payment-received', { amountMinor: 100_000, currency: 'INR' }],
      ['purchase-recorded', { amountMinor: 300_000, currency: 'INR' }],
    ]);
    const dueAtMs = Date.now() + 86_400_000;
    const { reminderId } = await call<{ reminderId: string }>('payments.chase', { purchaseId: sale.id, dueAtMs });

    const open = await call<{ items: { id: string; title: string; contactId: string | null; due: { kind: string } }[] }>('reminders.list', { contactId: asha });
    const chase = open.items.find((r) => r.id === reminderId);
    expect(chase).toMatchObject({ contactId: asha, due: { kind: 'date' } });
    expect(chase!.title).toContain('INV-7');
  });
});
