// Demo interactions for seeded contacts: calls, emails, visits … spread over the last two years with
// realistic outcomes, in English, Hindi and Tamil. Generated in batches and logged in one
// transaction, so the benchmark's million (100k contacts × 10) seeds in one pass.
import type { InteractionFields } from '../../../src-shared/contract/interactions';
import { createRandom, type Random } from '../../seed/random';
import type { InteractionsService } from '../interactions';

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730;
const BATCH = 10_000;

const KINDS: readonly [string, number][] = [
  ['call', 40], ['email', 15], ['message', 15], ['meeting', 8], ['visit', 6], ['note', 10], ['support-request', 4], ['complaint', 2],
];
const CALL_OUTCOMES: readonly [string | null, number][] = [
  ['reached', 45], ['no-answer', 20], ['left-message', 10], ['interested', 10], ['order-placed', 8], ['not-interested', 5], [null, 2],
];
const SUBJECTS: Record<string, readonly string[]> = {
  call: ['Follow-up on quotation', 'Festival order', 'Payment reminder', 'भुगतान की याद', 'दिवाली ऑर्डर', 'விலைப்பட்டியல் பற்றி', 'Delivery date'],
  email: ['Price list', 'Invoice attached', 'नई मूल्य सूची', 'ஆர்டர் உறுதிப்படுத்தல்', 'Catalogue'],
  message: ['Shared new designs', 'Sent location', 'फोटो भेजी', 'புதிய மாதிரிகள்'],
  meeting: ['Annual contract review', 'Product demo', 'वार्षिक समीक्षा', 'ஒப்பந்த பேச்சு'],
  visit: ['Shop visit', 'Site visit', 'दुकान पर मुलाकात', 'கடை வருகை'],
  note: ['Prefers calls after 6 pm', 'Birthday in March', 'शाम को फोन करें', 'தமிழில் பேச விரும்புகிறார்'],
  'support-request': ['Replacement part', 'Warranty claim', 'मरम्मत का अनुरोध'],
  complaint: ['Late delivery', 'Damaged goods', 'தாமதமான டெலிவரி'],
};

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.int(total);
  for (const [value, w] of table) if ((roll -= w) < 0) return value;
  return table[0]![0];
}

function interactionFor(random: Random, contactId: string, companyId: string | null, nowMs: number): InteractionFields {
  const kind = weighted(random, KINDS);
  const isCall = kind === 'call';
  const isMeeting = kind === 'meeting' || kind === 'visit';
  const outcome = isCall ? weighted(random, CALL_OUTCOMES) : kind === 'complaint' || kind === 'support-request' ? (random.chance(0.7) ? 'resolved' : null) : null;
  return {
    kindId: `kind-${kind}`,
    direction: kind === 'note' || random.chance(0.65) ? 'outbound' : 'inbound',
    // Minute precision, business hours more likely than not.
    occurredAtMs: Math.floor((nowMs - random.int(HISTORY_DAYS) * DAY_MS - random.int(10 * 60) * 60_000) / 60_000) * 60_000,
    durationMinutes: isCall ? random.between(1, 25) : isMeeting ? random.pick([30, 45, 60, 90]) : null,
    contactIds: [contactId],
    companyId,
    subject: random.pick(SUBJECTS[kind]!),
    notes: random.chance(0.3) ? random.pick(['Will call back next week.', 'अगले हफ्ते फिर बात करेंगे।', 'அடுத்த வாரம் அழைக்கவும்.', 'Asked for a discount.']) : '',
    outcomeId: outcome === null ? null : `outcome-${outcome}`,
    satisfaction: kind === 'complaint' || kind === 'support-request' || random.chance(0.1) ? random.between(1, 5) : null,
  };
}

/** Logs about `perContact` interactions per contact on average (0 to 2×); returns how many. */
export function seedInteractions(
  service: InteractionsService,
  people: readonly { contactId: string; companyId: string | null }[],
  options: { seed: number; perContact: number },
): number {
  if (options.perContact <= 0 || people.length === 0) return 0;
  const random = createRandom(options.seed * 7919 + 17);
  const nowMs = service.clock.now();
  function* batches(): Generator<InteractionFields[]> {
    let batch: InteractionFields[] = [];
    for (const { contactId, companyId } of people) {
      const count = random.int(2 * options.perContact + 1);
      for (let i = 0; i < count; i++) batch.push(interactionFor(random, contactId, companyId, nowMs));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return service.logMany(batches());
}
