// Timeline and interaction-write figures on their own fresh core seeded with N contacts and about ten
// interactions each (100k contacts → ~1M interactions): a contact's first timeline page through
// dispatch against the same rows read raw, and what keeping the derived fields exact costs per insert
// against a bare INSERT of the interaction and its participant row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { boot } from '../src-main/boot';
import { createContactStats } from '../src-main/domains/interactions';
import { summarize, timeEach, timeRepeated } from './measure';
import type { BenchResult } from './result';
import { withBaseline } from './result';

const INTERACTIONS_PER_CONTACT = 10;
const PAGE = 30;
const SAMPLES = 300;
const INSERTS = 300;
const TARGET_PAGE_P50_MS = 5;

export async function benchTimeline(options: { contactCount: number; log: (message: string) => void }): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sampark-bench-timeline-'));
  const results: BenchResult[] = [];
  try {
    const core = await boot({ dataDir, dailyBackups: false });
    options.log(`timeline: seeding ${options.contactCount} contacts with ~${INTERACTIONS_PER_CONTACT} interactions each`);
    const seedStart = performance.now();
    const seeded = await core.dispatch({ id: 1, method: 'demo.seed', input: { contacts: options.contactCount, seed: 3, interactionsPerContact: INTERACTIONS_PER_CONTACT } });
    if (!seeded.ok) throw new Error(`demo.seed failed: ${seeded.error.message}`);
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const raw = new Database(core.databaseFile, { readonly: true });
    const interactionCount = raw.prepare('SELECT count(*) FROM interactions').pluck().get() as number;
    results.push({
      name: 'timeline.seed.interactionsPerSecond',
      value: interactionCount / seedSeconds,
      unit: 'rows/s',
      note: `${interactionCount} interactions with ${options.contactCount} contacts in ${seedSeconds.toFixed(1)} s (demo.seed, one transaction)`,
    });
    // Contacts spread over the whole table, the busiest included.
    const contactIds = raw.prepare(`SELECT contact_id FROM contact_interaction_stats ORDER BY (abs(random()) % 1000) LIMIT ?`).pluck().all(SAMPLES) as string[];
    const rawPage = raw.prepare(
      `SELECT i.* FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
       WHERE ic.contact_id = ? AND ic.deleted_at_ms IS NULL AND i.deleted_at_ms IS NULL
       ORDER BY ic.occurred_at_ms DESC, ic.interaction_id DESC LIMIT ?`,
    );
    const viaDispatch = async (contactId: string) => {
      const r = await core.dispatch({ id: 1, method: 'interactions.timeline', input: { scope: { contactId }, limit: PAGE } });
      if (!r.ok) throw new Error(`interactions.timeline failed: ${r.error.message}`);
    };
    await timeEach(contactIds.slice(0, 30), viaDispatch);
    const page = summarize(await timeEach(contactIds, viaDispatch));
    const pageRaw = summarize(await timeEach(contactIds, (id) => rawPage.all(id, PAGE)));
    results.push(
      withBaseline({
        name: 'timeline.firstPage.p50',
        value: page.p50,
        unit: 'ms',
        baseline: pageRaw.p50,
        target: TARGET_PAGE_P50_MS,
        note: `${PAGE} entries with participants and who logged them; p95 ${page.p95.toFixed(2)} ms; ${interactionCount} interactions`,
      }),
    );

    // A whole log through dispatch (validation, change capture, derived fields, fatigue check).
    let next = 0;
    const logOne = async () => {
      const contactId = contactIds[next++ % contactIds.length]!;
      const r = await core.dispatch({ id: 1, method: 'interactions.log', input: { kindId: 'kind-call', occurredAtMs: Date.now(), contactIds: [contactId], outcomeId: 'outcome-reached' } });
      if (!r.ok) throw new Error(`interactions.log failed: ${r.error.message}`);
    };
    const viaLog = summarize(await timeRepeated(INSERTS, logOne));
    raw.close();
    core.close();

    // The same inserts raw, one transaction each as the app does, without and with the derived fields.
    const db = new Database(core.databaseFile);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const stats = createContactStats(db);
    const insertInteraction = db.prepare(
      `INSERT INTO interactions (id, kind_id, direction, occurred_at_ms, outcome_id, created_at_ms, updated_at_ms) VALUES (?, 'kind-call', 'outbound', ?, 'outcome-reached', ?, ?)`,
    );
    const insertParticipant = db.prepare(
      `INSERT INTO interaction_contacts (id, interaction_id, contact_id, occurred_at_ms, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const bare = db.transaction((contactId: string, withDerived: boolean) => {
      const id = uuidv7();
      const now = Date.now();
      insertInteraction.run(id, now, now, now);
      insertParticipant.run(`bench-${id}`, id, contactId, now, now, now);
      if (withDerived) stats.refresh([contactId]);
    });
    let k = 0;
    const bareRun = summarize(await timeRepeated(INSERTS, () => bare(contactIds[k++ % contactIds.length]!, false)));
    const derivedRun = summarize(await timeRepeated(INSERTS, () => bare(contactIds[k++ % contactIds.length]!, true)));
    db.close();
    results.push(
      withBaseline({
        name: 'timeline.insert.derivedFields.ratio',
        value: derivedRun.p50,
        unit: 'ms',
        baseline: bareRun.p50,
        note: `bare INSERT of interaction + participant, then the same plus the contact's derived fields recomputed (p50, one transaction each)`,
      }),
      withBaseline({
        name: 'timeline.insert.log.p50',
        value: viaLog.p50,
        unit: 'ms',
        baseline: bareRun.p50,
        note: `interactions.log through dispatch (zod, change capture, derived fields, fatigue check) against the bare INSERT; p95 ${viaLog.p95.toFixed(2)} ms`,
      }),
    );
    return results;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
