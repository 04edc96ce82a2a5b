// Demo deals: spread over the default pipeline the way a small business's are — most in early
// stages, a third closed (about 40 % of those won), values skewed small with a long tail, close
// dates from three months back to six ahead. Deterministic per seed.
import { createRandom } from '../../seed/random';
import type { DealsService, NewDealInput } from '../deals';
import { DEFAULT_PIPELINE_ID, DEFAULT_STAGES } from '../deals';

const TITLES = ['Annual maintenance contract', 'Website redesign', 'Bulk order', 'Office fit-out', 'Software licences', 'Catering for event', 'Solar panels', 'Uniforms', 'Consulting retainer', 'Delivery vans'];
const SOURCES = ['Referral', 'Website', 'Walk-in', 'Trade fair', 'Cold call', ''];
const OWNERS = ['Asha', 'Ravi', 'Meena', 'Karthik'];
const DAY_MS = 86_400_000;
/** Cumulative shares of deals per default stage: New, Qualified, Proposal, Negotiation, Won, Lost. */
const STAGE_SHARES = [0.22, 0.4, 0.54, 0.66, 0.8, 1];

export function demoDeals(count: number, seed: number, contactIds: string[], companyIds: string[], nowMs: number): (NewDealInput & { atMs: number })[] {
  const random = createRandom(seed * 7919 + 17);
  return Array.from({ length: count }, (_, i) => {
    const roll = random.next();
    const stage = DEFAULT_STAGES[STAGE_SHARES.findIndex((share) => roll < share)] ?? DEFAULT_STAGES[0]!;
    // Log-uniform from ₹5,000 to ₹50,00,000, in whole rupees.
    const rupees = Math.round(Math.exp(Math.log(5_000) + random.next() * Math.log(1_000)));
    const closeInDays = random.between(-90, 180);
    const contactId = contactIds.length ? random.pick(contactIds) : null;
    return {
      title: `${random.pick(TITLES)} ${i + 1}`,
      pipelineId: DEFAULT_PIPELINE_ID,
      stageId: stage.id,
      companyId: companyIds.length && random.chance(0.6) ? random.pick(companyIds) : null,
      contactIds: contactId ? [contactId] : [],
      valueMinor: rupees * 100,
      currency: random.chance(0.95) ? 'INR' : 'USD',
      expectedCloseDate: new Date(nowMs + closeInDays * DAY_MS).toISOString().slice(0, 10),
      probability: random.chance(0.1) ? random.between(5, 95) : null,
      owner: random.pick(OWNERS),
      source: random.pick(SOURCES),
      notes: '',
      atMs: nowMs - random.between(1, 365) * DAY_MS,
    };
  });
}

/** Adds the demo deals in chunks of one transaction each, so a large seed does not hold one huge transaction. */
export function seedDeals(deals: DealsService, count: number, seed: number, contactIds: string[], companyIds: string[], nowMs = Date.now()): number {
  const list = demoDeals(count, seed, contactIds, companyIds, nowMs);
  for (let i = 0; i < list.length; i += 5_000) deals.createMany(list.slice(i, i + 5_000));
  return list.length;
}
