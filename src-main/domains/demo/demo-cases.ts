// Demo service cases: about one customer in five has raised one, mostly resolved with a rating,
// a few still open and some of those past their response target (so the overdue view has work).
import type { CaseKind, CasePriority, CaseStatus } from '../../../src-shared/contract/cases';
import { createRandom } from '../../seed/random';
import type { CasesService, RecordedCase } from '../cases';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
const SUBJECTS: Record<CaseKind, readonly string[]> = {
  complaint: ['Delivery arrived late', 'Wrong size sent', 'Item damaged in transit', 'Charged twice', 'Rude behaviour at the counter', 'पार्सल देर से पहुँचा', 'தவறான பொருள் வந்தது'],
  question: ['Is GST included in the price?', 'When will the new stock arrive?', 'Can I change the delivery address?', 'क्या होम डिलीवरी मिलती है?', 'தள்ளுபடி உண்டா?'],
  problem: ['Invoice shows the wrong name', 'Mixer stopped working after a week', 'Cannot open the warranty card link', 'बिल में गलत पता', 'ரசீது கிடைக்கவில்லை'],
};
const OWNERS = ['Anita', 'Ravi', 'Selvi', ''];
const PRIORITIES: readonly CasePriority[] = ['low', 'normal', 'normal', 'normal', 'high', 'high', 'urgent'];

/** Adds roughly one case per five contacts, spread over the last year; deterministic per seed. */
export function seedDemoCases(cases: CasesService, contactIds: readonly string[], seed: number, nowMs = Date.now()): number {
  const random = createRandom(seed + 6);
  const list: RecordedCase[] = [];
  for (const contactId of contactIds) {
    if (!random.chance(0.2)) continue;
    const kind = random.pick(['complaint', 'complaint', 'question', 'problem'] as const);
    const priority = random.pick(PRIORITIES);
    const ageMs = random.chance(0.1) ? random.between(1, 96) * HOUR_MS : random.between(4, 365) * DAY_MS;
    const openedAtMs = nowMs - ageMs;
    const isFinished = ageMs > 7 * DAY_MS && random.chance(0.9);
    const isAnswered = isFinished || random.chance(0.5);
    const firstResponseAtMs = isAnswered ? Math.min(nowMs, openedAtMs + random.between(1, 60) * HOUR_MS) : null;
    const resolvedAtMs = isFinished && firstResponseAtMs !== null ? Math.min(nowMs, firstResponseAtMs + random.between(1, 10) * DAY_MS) : null;
    const status: CaseStatus = resolvedAtMs !== null ? (random.chance(0.3) ? 'closed' : 'resolved') : isAnswered && random.chance(0.4) ? 'waiting' : 'open';
    list.push({
      contactId, companyId: null, kind, priority, status, subject: random.pick(SUBJECTS[kind]), description: '', owner: random.pick(OWNERS),
      openedAtMs, firstResponseAtMs, resolvedAtMs,
      // Most customers are content; a long tail is not.
      satisfaction: resolvedAtMs !== null && random.chance(0.8) ? random.pick([5, 5, 5, 4, 4, 4, 3, 2, 1]) : null,
    });
  }
  return cases.recordMany(list);
}
