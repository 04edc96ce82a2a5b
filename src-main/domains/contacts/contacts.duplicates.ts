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

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function createDuplicateFinder(sqlite: Sqlite, defaultCountry: () => string) {
  const LIVE = 'c.archived_at_ms IS NULL';
  const groups = {
    email: sqlite.prepare(
      `SELECT group_concat(DISTINCT e.contact_id) AS ids FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE e.deleted_at_ms IS NULL AND ${LIVE} GROUP BY lower(e.value) HAVING count(DISTINCT e.contact_id) BETWEEN 2 AND ${MAX_GROUP}`,
    ),
    phone: sqlite.prepare(
      `SELECT group_concat(DISTINCT p.contact_id) AS ids FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.deleted_at_ms IS NULL AND p.e164 IS NOT NULL AND ${LIVE} GROUP BY p.e164 HAVING count(DISTINCT p.contact_id) BETWEEN 2 AND ${MAX_GROUP}`,
    ),
    'name-company': sqlite.prepare(
      `SELECT group_concat(c.id) AS ids FROM contacts c WHERE ${LIVE} AND c.company_id IS NOT NULL AND c.sort_key <> ''
       GROUP BY c.sort_key, c.company_id HAVING count(*) BETWEEN 2 AND ${MAX_GROUP}`,
    ),
    name: sqlite.prepare(
      `SELECT group_concat(c.id) AS ids FROM contacts c WHERE ${LIVE} AND c.sort_key <> ''
       GROUP BY c.sort_key HAVING count(*) BETWEEN 2 AND ${MAX_GROUP}`,
    ),
  } satisfies Record<DuplicateReason, unknown>;
  const dismissed = sqlite.prepare('SELECT pair FROM duplicate_dismissals').pluck();
  const byEmail = sqlite.prepare(
    `SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id WHERE lower(e.value) = lower(?) AND e.deleted_at_ms IS NULL AND ${LIVE}`,
  ).pluck();
  const byPhone = sqlite.prepare(
    `SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ? AND p.deleted_at_ms IS NULL AND ${LIVE}`,
  ).pluck();
  const byName = sqlite.prepare(`SELECT c.id, c.company_id AS companyId FROM contacts c WHERE c.sort_key = ? AND ${LIVE} LIMIT 50`);

  return {
    /** Every likely pair, surest first. */
    candidates(limit: number): { a: string; b: string; score: number; reasons: DuplicateReason[] }[] {
      const skip = new Set(dismissed.all() as string[]);
      const pairs = new Map<string, Set<DuplicateReason>>();
      for (const [reason, statement] of Object.entries(groups) as [DuplicateReason, (typeof groups)['email']][]) {
        for (const { ids } of statement.all() as { ids: string }[]) {
          const members = ids.split(',');
          for (let i = 0; i < members.length; i++) {
            for (let j = i + 1; j < members.length; j++) {
              const key = pairKey(members[i]!, members[j]!);
              if (skip.has(key)) continue;
              let reasons = pairs.get(key);
              if (!reasons) pairs.set(key, (reasons = new Set()));
              reasons.add(reason);
            }
          }
        }
      }
      return [...pairs]
        .map(([key, reasons]) => {
          const [a, b] = key.split('|') as [string, string];
          return { a, b, score: scoreOf(reasons), reasons: [...reasons] };
        })
        .sort((x, y) => y.score - x.score || x.a.localeCompare(y.a))
        .slice(0, limit);
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
