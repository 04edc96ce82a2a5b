// Likely duplicates: the same email (surest), the same phone number (E.164), the same name at the
// same company, or the same name. Names compare case-, accent- and Unicode-form-insensitively.
import type { Sqlite } from '../../db/open-database';
import { toCountryCode, toE164 } from './phone-number';
import { sortKey } from './search-text';

export type DuplicateReason = 'email' | 'phone' | 'name-company' | 'name';
const SCORE: Record<DuplicateReason, number> = { email: 100, phone: 90, 'name-company': 70, name: 50 };
/** A key shared by more contacts than this is not evidence of anything (a shared office number). */
const MAX_GROUP = 12;

export function scoreOf(reasons: Set<DuplicateReason>): number {
  const scores = [...reasons].map((r) => SCORE[r]).sort((a, b) => b - a);
  return Math.min(100, (scores[0] ?? 0) + 5 * (scores.length - 1));
}

const REASONS: DuplicateReason[] = ['email', 'phone', 'name-company', 'name'];
/** The score of every combination of reasons, by bit mask (bit i = REASONS[i]). */
const MASK_SCORE = Array.from({ length: 1 << REASONS.length }, (_, mask) => scoreOf(new Set(REASONS.filter((_, bit) => mask & (1 << bit)))));

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function createDuplicateFinder(sqlite: Sqlite, defaultCountry: () => string) {
  const LIVE = 'c.archived_at_ms IS NULL';
  // Each table is read once in storage order (NOT INDEXED: a sequential scan beats an index walk
  // that fetches every row) and grouped here; pairs are numbers (two positions in the id-sorted list
  // of live contacts), not strings. At 100,000 contacts the GROUP BY queries with their joins and a
  // string-keyed pair map took seconds; this takes a fraction of one.
  const scans = {
    contacts: sqlite.prepare(`SELECT id, sort_key, company_id FROM contacts NOT INDEXED WHERE archived_at_ms IS NULL`).raw(),
    email: sqlite.prepare(`SELECT lower(value), contact_id FROM contact_emails NOT INDEXED WHERE deleted_at_ms IS NULL`).raw(),
    phone: sqlite.prepare(`SELECT e164, contact_id FROM contact_phones NOT INDEXED WHERE deleted_at_ms IS NULL AND e164 IS NOT NULL`).raw(),
  };

  /** Positions sharing a key, in groups of 2 to MAX_GROUP distinct contacts. */
  function groupsOf(rows: Iterable<[string, number]>): number[][] {
    const byKey = new Map<string, number[]>();
    for (const [key, at] of rows) {
      const members = byKey.get(key);
      if (members === undefined) byKey.set(key, [at]);
      else if (members.length <= MAX_GROUP && !members.includes(at)) members.push(at);
    }
    const found: number[][] = [];
    for (const members of byKey.values()) if (members.length >= 2 && members.length <= MAX_GROUP) found.push(members);
    return found;
  }

  function scanPairs(limit: number) {
    const contacts = (scans.contacts.all() as [string, string, string | null][]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const n = contacts.length;
    const position = new Map(contacts.map(([id], at) => [id, at]));
    const children = (rows: [string, string][]) => rows.flatMap(([key, id]): [string, number][] => {
      const at = position.get(id);
      return at === undefined ? [] : [[key, at]];
    });
    const named = contacts.flatMap(([, key, companyId], at) => (key === '' ? [] : [{ key, companyId, at }]));
    const nameGroups = groupsOf(named.map(({ key, at }): [string, number] => [key, at]));
    const inNameGroup = new Set(nameGroups.flat());
    const pairs = new Map<number, number>();
    const add = (members: number[], bit: number) => {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const [a, b] = members[i]! < members[j]! ? [members[i]!, members[j]!] : [members[j]!, members[i]!];
          pairs.set(a * n + b, (pairs.get(a * n + b) ?? 0) | bit);
        }
      }
    };
    for (const members of groupsOf(children(scans.email.all() as [string, string][]))) add(members, 1);
    for (const members of groupsOf(children(scans.phone.all() as [string, string][]))) add(members, 2);
    const nameCompany = named.flatMap(({ key, companyId, at }): [string, number][] => (companyId === null ? [] : [[`${key}\u0000${companyId}`, at]]));
    for (const members of groupsOf(nameCompany)) add(members, 4);
    // The same name adds to a stronger reason; pairs with nothing but a name (the weakest) are only
    // needed when the stronger ones do not fill the list.
    for (const [pair, mask] of pairs) {
      const a = Math.floor(pair / n);
      const b = pair % n;
      if (inNameGroup.has(a) && contacts[a]![1] === contacts[b]![1]) pairs.set(pair, mask | 8);
    }
    if (pairs.size < limit + dismissedCount()) for (const members of nameGroups) add(members, 8);
    return { pairs, idAt: (at: number) => contacts[at]![0], n, position };
  }
  const dismissed = sqlite.prepare('SELECT pair FROM duplicate_dismissals').pluck();
  const countDismissed = sqlite.prepare('SELECT count(*) FROM duplicate_dismissals').pluck();
  const dismissedCount = () => countDismissed.get() as number;
  const byEmail = sqlite.prepare(
    `SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id WHERE lower(e.value) = lower(?) AND e.deleted_at_ms IS NULL AND ${LIVE}`,
  ).pluck();
  const byPhone = sqlite.prepare(
    `SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ? AND p.deleted_at_ms IS NULL AND ${LIVE}`,
  ).pluck();
  const byName = sqlite.prepare(`SELECT c.id, c.company_id AS companyId FROM contacts c WHERE c.sort_key = ? AND ${LIVE} LIMIT 50`);

  return {
    /** Every likely pair, surest first (reasons as a bit mask: bit i is REASONS[i]). */
    candidates(limit: number): { a: string; b: string; score: number; reasons: DuplicateReason[] }[] {
      const { pairs, idAt, n, position } = scanPairs(limit);
      for (const key of dismissed.all() as string[]) {
        const [a, b] = key.split('|').map((id) => position.get(id));
        if (a !== undefined && b !== undefined) pairs.delete(Math.min(a, b) * n + Math.max(a, b));
      }
      const best = [...pairs].map(([pair, mask]) => ({ pair, mask, score: MASK_SCORE[mask]! }));
      // Surest first; ties in id order (positions follow the ids).
      best.sort((x, y) => y.score - x.score || x.pair - y.pair);
      return best.slice(0, limit).map(({ pair, mask, score }) => ({
        a: idAt(Math.floor(pair / n)),
        b: idAt(pair % n),
        score,
        reasons: REASONS.filter((_, bit) => mask & (1 << bit)),
      }));
    },

    /** Contacts that may be the person being typed. */
    matchesFor(probe: { displayName: string; companyId: string | null; emails: string[]; phones: string[]; excludeId: string | null }) {
      const found = new Map<string, Set<DuplicateReason>>();
      const add = (id: string, reason: DuplicateReason) => {
        if (id === probe.excludeId) return;
        let reasons = found.get(id);
        if (!reasons) found.set(id, (reasons = new Set()));
        reasons.add(reason);
      };
      for (const email of probe.emails) if (email.includes('@')) for (const id of byEmail.all(email.trim()) as string[]) add(id, 'email');
      const country = toCountryCode(defaultCountry());
      for (const phone of probe.phones) {
        const e164 = toE164(phone, country);
        if (e164) for (const id of byPhone.all(e164) as string[]) add(id, 'phone');
      }
      const key = sortKey(probe.displayName);
      if (key) {
        for (const row of byName.all(key) as { id: string; companyId: string | null }[]) {
          add(row.id, probe.companyId && row.companyId === probe.companyId ? 'name-company' : 'name');
        }
      }
      return [...found].map(([id, reasons]) => ({ id, score: scoreOf(reasons), reasons: [...reasons] })).sort((a, b) => b.score - a.score);
    },
  };
}
