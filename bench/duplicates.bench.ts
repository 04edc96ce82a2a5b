// The "Review duplicates" scan (contacts.duplicateCandidates) and the while-typing check
// (contacts.findDuplicates) through dispatch on the seeded data, after adding one re-entered copy per
// hundred contacts (same email, same phone or same name at the same company, as people re-type them).
// Baseline: the scan's four grouping queries alone on a raw read-only connection.
import Database from 'better-sqlite3';
import type { Core } from '../src-main/boot';
import { createRandom } from '../src-main/seed/random';
import { withBaseline, type BenchResult } from './result';

const TARGET_MS = 2000;
const PROBES = 50;
const LIVE = 'c.archived_at_ms IS NULL';
const RAW_GROUPS = [
  `SELECT group_concat(DISTINCT e.contact_id) FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
   WHERE e.deleted_at_ms IS NULL AND ${LIVE} GROUP BY lower(e.value) HAVING count(DISTINCT e.contact_id) BETWEEN 2 AND 12`,
  `SELECT group_concat(DISTINCT p.contact_id) FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
   WHERE p.deleted_at_ms IS NULL AND p.e164 IS NOT NULL AND ${LIVE} GROUP BY p.e164 HAVING count(DISTINCT p.contact_id) BETWEEN 2 AND 12`,
  `SELECT group_concat(c.id) FROM contacts c WHERE ${LIVE} AND c.company_id IS NOT NULL AND c.sort_key <> ''
   GROUP BY c.sort_key, c.company_id HAVING count(*) BETWEEN 2 AND 12`,
  `SELECT group_concat(c.id) FROM contacts c WHERE ${LIVE} AND c.sort_key <> '' GROUP BY c.sort_key HAVING count(*) BETWEEN 2 AND 12`,
];

interface Source {
  id: string;
  givenName: string;
  familyName: string;
  companyId: string | null;
  email: string | null;
  phone: string | null;
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const response = await core.dispatch({ id: 1, method, input });
  if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
  return response.value as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchDuplicates(core: Core, contactCount: number, log: (message: string) => void): Promise<BenchResult[]> {
  const raw = new Database(core.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const sources = raw
      .prepare(
        `SELECT c.id, c.given_name AS givenName, c.family_name AS familyName, c.company_id AS companyId,
                (SELECT value FROM contact_emails WHERE contact_id = c.id AND deleted_at_ms IS NULL LIMIT 1) AS email,
                (SELECT value FROM contact_phones WHERE contact_id = c.id AND deleted_at_ms IS NULL LIMIT 1) AS phone
         FROM contacts c WHERE ${LIVE} ORDER BY c.id`,
      )
      .all() as Source[];
    const random = createRandom(5);
    const copies = Math.round(contactCount / 100);
    log(`duplicates: adding ${copies} re-entered copies`);
    for (let i = 0; i < copies; i++) {
      const s = sources[random.int(sources.length)]!;
      const how = i % 3;
      await call(core, 'contacts.create', {
        givenName: s.givenName,
        familyName: s.familyName,
        companyId: s.companyId,
        emails: how === 0 && s.email ? [{ value: s.email.toUpperCase() }] : [],
        phones: how === 1 && s.phone ? [{ value: s.phone }] : [],
      });
    }

    log('duplicates: raw grouping queries');
    const rawRuns = Array.from({ length: 3 }, () => {
      const start = performance.now();
      for (const sql of RAW_GROUPS) raw.prepare(sql).raw().all();
      return performance.now() - start;
    });
    log('duplicates: contacts.duplicateCandidates');
    let pairs = 0;
    const scanRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      pairs = (await call<{ items: unknown[] }>(core, 'contacts.duplicateCandidates', { limit: 200 })).items.length;
      scanRuns.push(performance.now() - start);
    }
    log('duplicates: contacts.findDuplicates');
    const probeRuns: number[] = [];
    for (let i = 0; i < PROBES; i++) {
      const s = sources[random.int(sources.length)]!;
      const start = performance.now();
      await call(core, 'contacts.findDuplicates', {
        givenName: s.givenName,
        familyName: s.familyName,
        displayName: '',
        companyId: s.companyId,
        emails: s.email ? [s.email] : [],
        phones: s.phone ? [s.phone] : [],
        excludeId: null,
      });
      probeRuns.push(performance.now() - start);
    }
    const total = (await call<{ active: number }>(core, 'contacts.count', {})).active;
    return [
      withBaseline({
        name: 'duplicates.scan.ms',
        value: median(scanRuns),
        unit: 'ms',
        baseline: median(rawRuns),
        target: TARGET_MS,
        note:
          `contacts.duplicateCandidates (limit 200) through dispatch over ${total} contacts (${copies} re-entered copies), median of 3: ` +
          `${pairs} pairs returned; baseline: its four grouping queries (email, E.164 phone, name + company, name) on a raw connection`,
      }),
      {
        name: 'duplicates.whileTyping.ms',
        value: median(probeRuns),
        unit: 'ms',
        note: `contacts.findDuplicates through dispatch for an existing contact's name, company, email and phone: median of ${PROBES}`,
      },
    ];
  } finally {
    raw.close();
  }
}
