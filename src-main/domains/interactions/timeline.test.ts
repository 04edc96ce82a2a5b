import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src-shared/contract/interactions';
import { EventBus } from '../../events';
import { createCompaniesService } from '../companies';
import { interactionsFixture } from './test-fixture';
import { createTimeline, type TimelineSource } from './timeline';

const T0 = Date.UTC(2026, 5, 1, 12, 0);
const MIN = 60_000;

describe('timeline', () => {
  it('pages a contact newest first without skipping or repeating, ties included, and filters by kind', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    const other = f.contact({ givenName: 'Other' });
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Three share each minute, so keyset ties on time are exercised.
      ids.push(f.log({ contactIds: [asha], occurredAtMs: T0 - Math.floor(i / 3) * MIN, kindId: i % 4 === 0 ? 'kind-email' : 'kind-call' }).id);
    }
    f.log({ contactIds: [other] });
    const seen: TimelineItem[] = [];
    let page = f.service.timeline.page({ contactId: asha }, [], null, 5);
    seen.push(...page.items);
    while (page.nextCursor) {
      page = f.service.timeline.page({ contactId: asha }, [], page.nextCursor, 5);
      seen.push(...page.items);
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen.map((s) => s.id)).size).toBe(23);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.atMs).toBeLessThanOrEqual(seen[i - 1]!.atMs);
    const emails = f.service.timeline.page({ contactId: asha }, ['kind-email'], null, 50).items;
    expect(emails.map((e) => e.kind)).toEqual(Array(6).fill('kind-email'));
  });

  it('shows who logged it: this machine, with its sync name once set', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    f.log({ contactIds: [asha] });
    f.sqlite.prepare(`INSERT INTO sync_meta (key, value) VALUES ('device_name', 'Shop laptop'), ('user_name', 'Meena')`).run();
    const [item] = f.service.timeline.page({ contactId: asha }, [], null, 5).items;
    expect(item?.loggedBy).toMatchObject({ deviceId: f.writer.deviceId, deviceName: 'Shop laptop', userName: 'Meena', isThisMachine: true });
  });

  it('shows a company its interactions and skips deleted ones', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const [companyId] = createCompaniesService(f.sqlite, new EventBus(), f.writer).createMany([{ name: 'Kaveri Traders' }]);
    const company = { id: companyId! };
    const asha = f.contact({ givenName: 'Asha' });
    const kept = f.log({ contactIds: [asha], companyId: company.id });
    const gone = f.log({ contactIds: [], companyId: company.id });
    f.service.setDeleted(gone.id, true);
    expect(f.service.timeline.page({ companyId: company.id }, [], null, 10).items.map((i) => i.id)).toEqual([kept.id]);
  });

  it('merges sources by time, and a source that ties on time is neither skipped nor repeated', () => {
    const timeline = createTimeline();
    const source = (name: string, times: number[]): TimelineSource => ({
      name,
      page: (_scope, bound, limit) =>
        times
          .map((atMs, i) => ({ source: name, id: `${name}-${String(i).padStart(3, '0')}`, atMs, kind: name, title: '', detail: '', interaction: null, loggedBy: null, amount: null }))
          .filter((item) => !bound || item.atMs < bound.atMs || (item.atMs === bound.atMs && item.id < bound.id))
          .sort((a, b) => b.atMs - a.atMs || (a.id < b.id ? 1 : -1))
          .slice(0, limit),
    });
    timeline.register(source('interactions', [5, 5, 4, 3, 3, 1]));
    timeline.register(source('reminders', [5, 4, 4, 3, 2]));
    expect(() => timeline.register(source('reminders', []))).toThrow(/twice/);
    const seen: string[] = [];
    let cursor = null;
    do {
      const page = timeline.page({ contactId: 'x' }, [], cursor, 2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });
});
