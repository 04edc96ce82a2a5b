import { describe, expect, it } from 'vitest';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import { EventBus } from '../../events';
import { createCasesService } from '../cases';
import { createContactsService } from '../contacts';
import { seedDemoCases } from './demo-cases';

const NOW = Date.UTC(2026, 10, 23, 12, 0);

async function seeded(seed: number) {
  const sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  const contacts = createContactsService(sqlite, events, writer);
  const cases = createCasesService({ sqlite, events, writer, now: () => NOW });
  const ids = contacts.createMany(Array.from({ length: 500 }, (_, i) => ({ givenName: `Person ${i}` })));
  const count = seedDemoCases(cases, ids, seed, NOW);
  return { count, cases };
}

describe('demo cases', () => {
  it('gives about one customer in five a case, mostly resolved, with some overdue and every history consistent', async () => {
    const { count, cases } = await seeded(1);
    expect(count).toBeGreaterThan(70);
    expect(count).toBeLessThan(130);
    const all = cases.list({ isOverdue: false, limit: 1000 }, NOW).items;
    expect(all).toHaveLength(count);
    const done = all.filter((c) => c.status === 'resolved' || c.status === 'closed');
    expect(done.length / count).toBeGreaterThan(0.5);
    expect(cases.overdue(NOW).items.length).toBeGreaterThan(0);
    for (const c of all) {
      if (c.resolvedAtMs !== null) expect(c.firstResponseAtMs).not.toBeNull();
      if (c.status === 'waiting') expect(c.firstResponseAtMs).not.toBeNull();
      expect(c.openedAtMs).toBeLessThanOrEqual(NOW);
      expect(c.firstResponseAtMs ?? c.openedAtMs).toBeGreaterThanOrEqual(c.openedAtMs);
    }
    expect(all.some((c) => c.satisfaction !== null)).toBe(true);
  });

  it('is the same for the same seed', async () => {
    const subjects = async (seed: number) => (await seeded(seed)).cases.list({ isOverdue: false, limit: 1000 }, NOW).items.map((c) => `${c.subject}|${c.openedAtMs}|${c.status}`).sort();
    expect(await subjects(3)).toEqual(await subjects(3));
  });
});
