import { describe, expect, it } from 'vitest';
import { interactionsFixture } from './test-fixture';

const T0 = Date.UTC(2026, 2, 10, 9, 0); // 10 March 2026, 09:00 UTC
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('derived fields', () => {
  it('follow every insert, edit and delete exactly', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    const ravi = f.contact({ givenName: 'Ravi' });

    const call = f.log({ contactIds: [asha], occurredAtMs: T0 - 5 * DAY, outcomeId: 'outcome-reached' });
    const attempt = f.log({ contactIds: [asha], occurredAtMs: T0 - 2 * DAY, outcomeId: 'outcome-no-answer' });
    const meeting = f.log({ contactIds: [asha, ravi], kindId: 'kind-meeting', occurredAtMs: T0 - 3 * DAY });
    f.log({ contactIds: [asha], kindId: 'kind-note', occurredAtMs: T0 - 1 * DAY });

    expect(f.service.stats(asha)).toMatchObject({
      interactionCount: 4,
      lastInteractionAtMs: T0 - DAY,
      lastContactedAtMs: T0 - 3 * DAY, // the meeting; the note and the unanswered call do not count
      lastAttemptAtMs: T0 - 2 * DAY,
      lastMeetingAtMs: T0 - 3 * DAY,
    });
    expect(f.service.stats(ravi)).toMatchObject({ interactionCount: 1, lastMeetingAtMs: T0 - 3 * DAY });

    // Edit: the attempt turns out to have reached her, and the meeting drops Ravi.
    f.service.update(attempt.id, f.fields({ contactIds: [asha], occurredAtMs: T0 - 2 * DAY, outcomeId: 'outcome-reached' }));
    f.service.update(meeting.id, f.fields({ contactIds: [asha], kindId: 'kind-meeting', occurredAtMs: T0 - 4 * DAY }));
    expect(f.service.stats(asha)).toMatchObject({ interactionCount: 4, lastContactedAtMs: T0 - 2 * DAY, lastAttemptAtMs: null, lastMeetingAtMs: T0 - 4 * DAY });
    expect(f.service.stats(ravi)).toMatchObject({ interactionCount: 0, lastMeetingAtMs: null, lastInteractionAtMs: null });

    // Delete lowers them again; undo brings them back.
    f.service.setDeleted(attempt.id, true);
    expect(f.service.stats(asha)).toMatchObject({ interactionCount: 3, lastContactedAtMs: T0 - 4 * DAY });
    f.service.setDeleted(attempt.id, false);
    expect(f.service.stats(asha)).toMatchObject({ interactionCount: 4, lastContactedAtMs: T0 - 2 * DAY });

    // Re-adding Ravi revives his participant row rather than adding a second one.
    f.service.update(meeting.id, f.fields({ contactIds: [asha, ravi], kindId: 'kind-meeting', occurredAtMs: T0 - 4 * DAY }));
    expect(f.sqlite.prepare('SELECT count(*) FROM interaction_contacts WHERE interaction_id = ?').pluck().get(meeting.id)).toBe(2);
    expect(f.service.stats(ravi)).toMatchObject({ interactionCount: 1, lastMeetingAtMs: T0 - 4 * DAY });
    expect(call.contacts.map((c) => c.displayName)).toEqual(['Asha']);
  });

  it('follow a change of what an outcome means, and a rebuild gives the same figures', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    f.log({ contactIds: [asha], occurredAtMs: T0 - DAY, outcomeId: 'outcome-left-message' });
    expect(f.service.stats(asha).lastAttemptAtMs).toBe(T0 - DAY);
    f.service.saveList('outcomes', { id: 'outcome-left-message', name: 'Left message', isAttempt: false, isMeeting: false, countsAsContact: true });
    const after = f.service.stats(asha);
    expect(after).toMatchObject({ lastAttemptAtMs: null, lastContactedAtMs: T0 - DAY });
    f.service.resetDerived();
    f.sqlite.transaction(() => f.service.afterSync(new Map([['interaction_outcomes', ['outcome-left-message']]])))();
    expect(f.service.stats(asha)).toEqual(after);
  });

  it('rejects unknown kinds, outcomes and contacts, and an interaction with nobody', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    expect(() => f.log({ contactIds: [asha], kindId: 'kind-telepathy' })).toThrow(/kind/);
    expect(() => f.log({ contactIds: [asha], outcomeId: 'outcome-maybe' })).toThrow(/outcome/);
    expect(() => f.log({ contactIds: ['0190a000-0000-7000-8000-000000000000'] })).toThrow(/contact/);
    expect(() => f.fields({ contactIds: [] })).toThrow(/at least one contact/);
  });
});

describe('kinds and outcomes', () => {
  it('write the defaults once with deterministic ids, and keep deleted ones for old interactions', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    expect(f.service.lists.list('kinds').map((k) => k.id)).toContain('kind-support-request');
    f.log({ contactIds: [asha], kindId: 'kind-visit' });
    f.log({ contactIds: [asha] });
    expect(f.sqlite.prepare(`SELECT count(*) FROM interaction_kinds WHERE id = 'kind-call'`).pluck().get()).toBe(1);
    const whatsapp = f.service.saveList('kinds', { id: null, name: 'WhatsApp', isMeeting: false, countsAsContact: true, isAttempt: false });
    f.service.removeList('kinds', 'kind-visit');
    const ids = f.service.lists.list('kinds').map((k) => k.id);
    expect(ids).toContain(whatsapp.id);
    expect(ids).not.toContain('kind-visit');
    expect(f.service.timeline.page({ contactId: asha }, [], null, 10).items.map((i) => i.kind)).toContain('kind-visit');
  });
});

describe('merging contacts', () => {
  it('moves the merged contact’s interactions to the survivor and back again', async () => {
    const f = await interactionsFixture({ atMs: T0 });
    const asha = f.contact({ givenName: 'Asha' });
    const copy = f.contact({ givenName: 'Asha (old card)' });
    const both = f.log({ contactIds: [asha, copy], occurredAtMs: T0 - DAY });
    const old = f.log({ contactIds: [copy], kindId: 'kind-visit', occurredAtMs: T0 - 9 * DAY });
    const moved = f.service.moveContact(copy, asha);
    expect(moved.sort()).toEqual([both.id, old.id].sort());
    expect(f.service.stats(asha)).toMatchObject({ interactionCount: 2, lastMeetingAtMs: T0 - 9 * DAY });
    expect(f.service.stats(copy).interactionCount).toBe(0);
    expect(f.service.get(both.id).contacts.map((c) => c.id)).toEqual([asha]);
    // Undo: only what was moved goes back; the shared one is restored for both.
    f.service.moveContact(asha, copy, [old.id]);
    f.service.update(both.id, f.fields({ contactIds: [asha, copy], occurredAtMs: T0 - DAY }));
    expect(f.service.stats(copy)).toMatchObject({ interactionCount: 2 });
    expect(f.service.stats(asha)).toMatchObject({ interactionCount: 1, lastMeetingAtMs: null });
  });
});
