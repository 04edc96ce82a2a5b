// Interactions arriving from another machine: derived fields and the timeline follow, and the
// timeline names the machine that logged them.
import { describe, expect, it } from 'vitest';
import { createChangeApplier, type ChangeMessage } from '../../db/changes/apply-changes';
import type { Sqlite } from '../../db/open-database';
import { interactionsFixture } from './test-fixture';

const T0 = Date.UTC(2026, 3, 1, 9);
const DAY = 86_400_000;

function outboxOf(sqlite: Sqlite, afterSeq = 0): ChangeMessage[] {
  return (sqlite.prepare('SELECT tbl, row, cells, ts, prev FROM sync_outbox WHERE seq > ? ORDER BY seq').all(afterSeq) as { tbl: string; row: string; cells: string; ts: string; prev: string }[]).map(
    (m) => ({ t: m.tbl, r: m.row, ts: m.ts, v: JSON.parse(m.cells) as ChangeMessage['v'], p: JSON.parse(m.prev) as ChangeMessage['p'] }),
  );
}

async function twoMachines(bulkFrom?: number) {
  const a = await interactionsFixture({ atMs: T0 });
  const b = await interactionsFixture({ atMs: T0 });
  const applier = createChangeApplier(b.sqlite);
  let sent = 0;
  const deliver = () => {
    const messages = outboxOf(a.sqlite, sent);
    sent = a.sqlite.prepare('SELECT max(seq) FROM sync_outbox').pluck().get() as number;
    b.sqlite.transaction(() => {
      for (const m of messages) b.writer.clock.recv(m.ts);
      const result = applier.apply(messages);
      b.contacts.afterSync(result.touched, result.columns);
      b.service.afterSync(result.touched, result.columns, bulkFrom);
    })();
  };
  return { a, b, deliver };
}

describe.each([
  ['row by row', undefined],
  ['in one pass (a bootstrap)', 0],
])('interactions through sync, %s', (_, bulkFrom) => {
  it('keep derived fields, the timeline and attribution exact on the receiving machine', async () => {
    const { a, b, deliver } = await twoMachines(bulkFrom);
    a.sqlite.prepare(`INSERT INTO sync_meta (key, value) VALUES ('device_name', 'Counter PC'), ('user_name', 'Meena')`).run();
    b.sqlite.prepare(`INSERT INTO sync_devices (device_id, name, user_name) VALUES (?, 'Counter PC', 'Meena')`).run(a.writer.deviceId);
    const asha = a.contact({ givenName: 'Asha' });
    const ravi = a.contact({ givenName: 'Ravi' });
    // Logged first, so its id sorts lowest: only its time can put it first on the timeline.
    const email = a.log({ contactIds: [asha], kindId: 'kind-email', direction: 'inbound', occurredAtMs: T0 - 4 * DAY });
    const call = a.log({ contactIds: [asha], occurredAtMs: T0 - 3 * DAY, outcomeId: 'outcome-no-answer' });
    const meeting = a.log({ contactIds: [asha, ravi], kindId: 'kind-meeting', occurredAtMs: T0 - 2 * DAY });
    deliver();
    expect(b.service.stats(asha)).toMatchObject({ interactionCount: 3, lastAttemptAtMs: T0 - 3 * DAY, lastMeetingAtMs: T0 - 2 * DAY, lastContactedAtMs: T0 - 2 * DAY });
    const [first] = b.service.timeline.page({ contactId: ravi }, [], null, 10).items;
    expect(first).toMatchObject({ id: meeting.id, loggedBy: { deviceId: a.writer.deviceId, deviceName: 'Counter PC', userName: 'Meena', isThisMachine: false } });

    // An edit of the time moves it on the other machine's timeline; removing Ravi and deleting the call lower the figures.
    a.service.update(meeting.id, a.fields({ contactIds: [asha], kindId: 'kind-meeting', occurredAtMs: T0 - 5 * DAY }));
    a.service.setDeleted(call.id, true);
    deliver();
    expect(b.service.stats(asha)).toMatchObject({ interactionCount: 2, lastAttemptAtMs: null, lastMeetingAtMs: T0 - 5 * DAY });
    expect(b.service.stats(ravi)).toMatchObject({ interactionCount: 0, lastMeetingAtMs: null });
    expect(b.service.timeline.page({ contactId: asha }, [], null, 10).items.map((i) => [i.id, i.atMs])).toEqual([
      [email.id, T0 - 4 * DAY],
      [meeting.id, T0 - 5 * DAY],
    ]);
    // The fatigue window reads the participants' copy of the time, so it must have moved too.
    b.service.rules.setGlobalFatigue({ max: 1, days: 7 });
    expect(b.service.fatigueCheck([asha], T0).flatMap((w) => w.recent.map((r) => r.id))).toEqual([meeting.id]);
    // The receiver's figures equal a rebuild from scratch.
    const before = b.service.stats(asha);
    b.sqlite.transaction(() => b.service.afterSync(new Map([['interaction_kinds', ['kind-call']]])))();
    expect(b.service.stats(asha)).toEqual(before);
  });

});

describe('default lists through sync', () => {
  it('two machines starting fresh write the same default kinds, which converge to one row each', async () => {
    const { a, b, deliver } = await twoMachines();
    const asha = a.contact({ givenName: 'Asha' });
    a.log({ contactIds: [asha] });
    const local = b.contact({ givenName: 'Local' });
    b.log({ contactIds: [local] });
    deliver();
    expect(b.sqlite.prepare('SELECT count(*) FROM interaction_kinds').pluck().get()).toBe(8);
    expect(b.service.lists.list('kinds')).toHaveLength(8);
  });
});
