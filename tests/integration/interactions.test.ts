// Interactions through the real core and the real `sampark` CLI on temp data dirs: logging, the
// timeline, derived figures, the fatigue warning, bad input, .eml import and demo seeding.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactDetail } from '../../src-shared/contract/contacts';
import type { ContactInteractionStats, EmlResult, Interaction, TimelineItem } from '../../src-shared/contract/interactions';
import { sampark } from './support/run-cli';
import { tempCore, tempDataDir } from './support/temp-core';

type Core = Awaited<ReturnType<typeof tempCore>>;
const cores: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.cleanup());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch({ id: 1, method, input });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
const EML = join(import.meta.dirname, '..', 'fixtures', 'eml');

describe('interactions through the core', () => {
  it('log, page, edit, delete and restore keep the figures exact, and bad input is refused with a reason', async () => {
    const core = await tempCore();
    cores.push(core);
    const asha = await call<ContactDetail>(core, 'contacts.create', { givenName: 'Asha', emails: [{ value: 'asha@kaveri.example' }] });
    const now = Date.now();
    const logged: Interaction[] = [];
    for (let i = 0; i < 45; i++) {
      const { interaction } = await call<{ interaction: Interaction }>(core, 'interactions.log', {
        kindId: i % 3 === 0 ? 'kind-meeting' : 'kind-call',
        occurredAtMs: now - i * 3600_000,
        contactIds: [asha.id],
        outcomeId: i === 0 ? 'outcome-no-answer' : 'outcome-reached',
        direction: 'inbound',
      });
      logged.push(interaction);
    }
    const first = await call<{ items: TimelineItem[]; nextCursor: unknown }>(core, 'interactions.timeline', { scope: { contactId: asha.id }, limit: 30 });
    const second = await call<{ items: TimelineItem[]; nextCursor: unknown }>(core, 'interactions.timeline', { scope: { contactId: asha.id }, limit: 30, after: first.nextCursor });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(logged.map((l) => l.id));
    expect(second.nextCursor).toBeNull();
    const meetings = await call<{ items: TimelineItem[] }>(core, 'interactions.timeline', { scope: { contactId: asha.id }, kinds: ['kind-meeting'], limit: 100 });
    expect(meetings.items).toHaveLength(15);

    let stats = await call<ContactInteractionStats>(core, 'interactions.stats', { contactId: asha.id });
    expect(stats).toMatchObject({ interactionCount: 45, lastAttemptAtMs: now, lastContactedAtMs: now - 3600_000, lastMeetingAtMs: now - 3 * 3600_000 });
    await call(core, 'interactions.update', { id: logged[0]!.id, fields: { kindId: 'kind-call', occurredAtMs: now, contactIds: [asha.id], outcomeId: 'outcome-reached' } });
    await call(core, 'interactions.delete', { id: logged[3]!.id });
    stats = await call<ContactInteractionStats>(core, 'interactions.stats', { contactId: asha.id });
    expect(stats).toMatchObject({ interactionCount: 44, lastAttemptAtMs: null, lastContactedAtMs: now, lastMeetingAtMs: now - 6 * 3600_000 });
    await call(core, 'interactions.restore', { id: logged[3]!.id });
    expect((await call<ContactInteractionStats>(core, 'interactions.stats', { contactId: asha.id })).lastMeetingAtMs).toBe(now - 3 * 3600_000);

    const refused = await core.dispatch({ id: 1, method: 'interactions.log', input: { kindId: 'kind-call', occurredAtMs: now, contactIds: [], satisfaction: 9 } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/satisfaction|contact/);
  });

  it('warns (and still logs) past the contact-fatigue limit, naming what already happened', async () => {
    const core = await tempCore();
    cores.push(core);
    const ravi = await call<ContactDetail>(core, 'contacts.create', { givenName: 'Ravi' });
    await call(core, 'interactions.setFatigueLimit', { max: 2, days: 7 });
    const log = (subject: string) =>
      call<{ interaction: Interaction; fatigue: { recent: { subject: string }[] }[] }>(core, 'interactions.log', {
        kindId: 'kind-call', occurredAtMs: Date.now(), contactIds: [ravi.id], subject,
      });
    expect((await log('one')).fatigue).toEqual([]);
    expect((await log('two')).fatigue).toEqual([]);
    const third = await log('three');
    expect(third.fatigue[0]!.recent.map((r) => r.subject).sort()).toEqual(['one', 'two']);
    expect((await call<ContactInteractionStats>(core, 'interactions.stats', { contactId: ravi.id })).interactionCount).toBe(3);
  });
});

describe('sampark interactions (CLI)', () => {
  it('seeds interactions, logs a call with an outcome, lists the timeline and imports .eml files file by file', () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const seeded = sampark(['seed', '--contacts', '30', '--interactions', '4', '--data-dir', dir, '--json']);
    expect(seeded.status).toBe(0);
    const [contact] = JSON.parse(sampark(['contacts', 'list', '--limit', '1', '--data-dir', dir, '--json']).stdout) as { id: string; displayName: string }[];
    const before = JSON.parse(sampark(['interactions', 'list', '--contact', contact!.id, '--data-dir', dir, '--json']).stdout) as TimelineItem[];

    const logged = sampark(['interactions', 'log', '--contact', contact!.id, '--kind', 'call', '--outcome', 'left message', '--subject', 'Festival offer', '--data-dir', dir]);
    expect(logged.status).toBe(0);
    expect(logged.stdout).toContain('Festival offer');
    const after = JSON.parse(sampark(['interactions', 'list', '--contact', contact!.id, '--data-dir', dir, '--json']).stdout) as TimelineItem[];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]!.interaction).toMatchObject({ subject: 'Festival offer', outcomeId: 'outcome-left-message', kindId: 'kind-call' });
    expect(after[0]!.loggedBy).toMatchObject({ isThisMachine: true });

    const badKind = sampark(['interactions', 'log', '--contact', contact!.id, '--kind', 'carrier pigeon', '--data-dir', dir]);
    expect(badKind.status).not.toBe(0);
    expect(badKind.stderr).toContain('No kind "carrier pigeon"');

    const files = ['outbound-price-list.eml', 'empty.eml', 'binary.eml'].map((f) => join(EML, f));
    const imported = sampark(['interactions', 'import-eml', ...files, '--contact', contact!.id, '--data-dir', dir, '--json']);
    expect(imported.status).toBe(1);
    const results = JSON.parse(imported.stdout) as EmlResult[];
    expect(results.map((r) => r.status)).toEqual(['logged', 'failed', 'failed']);
    const list = JSON.parse(sampark(['interactions', 'list', '--contact', contact!.id, '--kind', 'email', '--data-dir', dir, '--json']).stdout) as TimelineItem[];
    expect(list.map((i) => i.title)).toContain('Price list');
  });
});
