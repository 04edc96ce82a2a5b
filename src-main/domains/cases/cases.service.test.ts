import { beforeEach, describe, expect, it } from 'vitest';
import { ContactFields } from '../../../src-shared/contract/contacts';
import { createChangeWriter } from '../../db/changes/change-writer';
import { openMemoryDatabase } from '../../db/memory-database';
import type { Sqlite } from '../../db/open-database';
import { EventBus } from '../../events';
import { createContactsService, type ContactsService } from '../contacts';
import { createCasesService, type CasesService, type NewCaseInput } from './cases.service';

const HOUR_MS = 3600_000;
const START = Date.UTC(2026, 10, 23, 9, 0);

let sqlite: Sqlite;
let contacts: ContactsService;
let cases: CasesService;
let nowMs: number;

beforeEach(async () => {
  sqlite = await openMemoryDatabase();
  const events = new EventBus();
  const writer = createChangeWriter(sqlite);
  nowMs = START;
  contacts = createContactsService(sqlite, events, writer);
  cases = createCasesService({ sqlite, events, writer, now: () => nowMs });
});

const person = (givenName: string) => contacts.create(ContactFields.parse({ givenName })).id;
const complaint = (contactId: string, fields: Partial<NewCaseInput> = {}) =>
  cases.open({ contactId, companyId: null, subject: 'Parcel arrived torn', description: '', kind: 'complaint', priority: 'normal', owner: '', ...fields });
const advance = (ms: number) => (nowMs += ms);

describe('cases', () => {
  it('opens a case with its opened event and a target by priority', () => {
    const asha = person('Asha');
    const opened = complaint(asha, { priority: 'urgent', owner: 'Ravi' });
    expect(opened).toMatchObject({ status: 'open', priority: 'urgent', owner: 'Ravi', contact: { id: asha, displayName: 'Asha' }, openedAtMs: START });
    expect(opened.response).toEqual({ state: 'due', dueAtMs: START + 4 * HOUR_MS, remainingMs: 4 * HOUR_MS });
    expect(opened.events.map((e) => e.kind)).toEqual(['opened']);
  });

  it('sets the first response only once; later answers add events without moving it', () => {
    const { id } = complaint(person('Asha'));
    advance(2 * HOUR_MS);
    expect(cases.respond(id, 'Sorry, sending a new one').firstResponseAtMs).toBe(START + 2 * HOUR_MS);
    advance(HOUR_MS);
    const again = cases.respond(id, 'Dispatched today');
    expect(again.firstResponseAtMs).toBe(START + 2 * HOUR_MS);
    expect(again.response.state).toBe('met');
    expect(again.events.map((e) => [e.kind, e.text])).toEqual([['opened', ''], ['responded', 'Sorry, sending a new one'], ['responded', 'Dispatched today']]);
  });

  it('waiting on the customer counts as the first response', () => {
    const { id } = complaint(person('Asha'), { priority: 'urgent' });
    advance(5 * HOUR_MS);
    const waiting = cases.setStatus(id, 'waiting');
    expect(waiting).toMatchObject({ status: 'waiting', firstResponseAtMs: START + 5 * HOUR_MS, response: { state: 'late', remainingMs: -HOUR_MS } });
    expect(waiting.events.at(-1)).toMatchObject({ kind: 'status', status: 'waiting' });
  });

  it('resolves with a rating and a note; reopen clears the resolution but the events keep it', () => {
    const { id } = complaint(person('Asha'));
    advance(HOUR_MS);
    const resolved = cases.resolve(id, 4, 'Replaced the item');
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAtMs: START + HOUR_MS, satisfaction: 4, resolutionNote: 'Replaced the item', firstResponseAtMs: START + HOUR_MS });
    expect(() => cases.respond(id, 'more')).toThrow(/reopen it first/);
    expect(() => cases.resolve(id, 5, '')).toThrow(/already resolved/);
    advance(HOUR_MS);
    const reopened = cases.reopen(id, 'Still torn');
    expect(reopened).toMatchObject({ status: 'open', resolvedAtMs: null, satisfaction: null, resolutionNote: '', firstResponseAtMs: START + HOUR_MS });
    expect(reopened.events.map((e) => e.kind)).toEqual(['opened', 'resolved', 'reopened']);
    expect(reopened.events[1]).toMatchObject({ satisfaction: 4, text: 'Replaced the item' });
    expect(() => cases.reopen(id, '')).toThrow(/still open/);
  });

  it('lists overdue cases by priority target, most overdue first, and filters', () => {
    const asha = person('Asha');
    const urgent = complaint(asha, { priority: 'urgent', subject: 'urgent', openedAtMs: START - 5 * HOUR_MS });
    const normal = complaint(asha, { priority: 'normal', subject: 'normal', openedAtMs: START - 50 * HOUR_MS });
    complaint(asha, { priority: 'low', subject: 'low, not yet due', openedAtMs: START - 50 * HOUR_MS });
    const answered = complaint(asha, { priority: 'urgent', subject: 'answered', openedAtMs: START - 10 * HOUR_MS });
    cases.respond(answered.id, 'On it');
    expect(cases.overdue().items.map((c) => c.subject)).toEqual(['normal', 'urgent']);
    expect(cases.overdue(START - 1.5 * HOUR_MS).items.map((c) => c.subject)).toEqual(['normal']);
    expect(cases.list({ isOverdue: true, limit: 10 }).items.map((c) => c.id).sort()).toEqual([urgent.id, normal.id].sort());
    expect(cases.list({ isOverdue: false, priority: ['urgent'], limit: 10 })).toMatchObject({ total: 2 });
    cases.resolve(normal.id, null, '');
    expect(cases.list({ isOverdue: false, status: ['resolved'], limit: 10 }).items.map((c) => c.subject)).toEqual(['normal']);
    // A shorter target makes more cases overdue at once.
    cases.setTargets({ low: 60 });
    expect(cases.overdue().items.map((c) => c.subject)).toEqual(['low, not yet due', 'urgent']);
    expect(cases.targets()).toMatchObject({ low: 60, urgent: 240 });
  });

  it('gives the timeline opened, responded and resolved with the rating, newest first', () => {
    const asha = person('Asha');
    const { id } = complaint(asha);
    advance(HOUR_MS);
    cases.respond(id, '');
    cases.note(id, 'Called the courier');
    advance(HOUR_MS);
    cases.resolve(id, 5, '');
    expect(cases.forContact({ contactId: asha }).items.map((i) => [i.kind, i.satisfaction])).toEqual([['resolved', 5], ['responded', null], ['opened', null]]);
    expect(cases.forContact({ contactId: person('Other') }).items).toEqual([]);
  });

  it('deletes with undo, refuses an unknown customer and a future opening', () => {
    const asha = person('Asha');
    const { id } = complaint(asha);
    cases.delete(id);
    expect(cases.list({ isOverdue: false, limit: 10 }).total).toBe(0);
    expect(() => cases.get(id)).toThrow(/No case/);
    cases.restore(id);
    expect(cases.get(id).subject).toBe('Parcel arrived torn');
    expect(() => complaint('0190f0f0-0000-7000-8000-000000000000')).toThrow(/No contact/);
    expect(() => complaint(asha, { openedAtMs: START + 24 * HOUR_MS })).toThrow(/future/);
  });

  it('follows a merged contact to the survivor, and back when the merge is undone', () => {
    const raj = person('Raj');
    const duplicate = person('Raj K');
    const { id } = complaint(duplicate);
    const { mergeId } = contacts.merge(raj, [duplicate]);
    expect(cases.get(id).contact).toEqual({ id: raj, displayName: 'Raj' });
    expect(cases.list({ isOverdue: false, contactId: raj, limit: 10 }).items.map((c) => c.id)).toEqual([id]);
    expect(cases.forContact({ contactId: raj }).items.map((i) => i.kind)).toEqual(['opened']);
    contacts.undoMerge(mergeId);
    expect(cases.get(id).contact).toEqual({ id: duplicate, displayName: 'Raj K' });
    expect(cases.list({ isOverdue: false, contactId: raj, limit: 10 }).total).toBe(0);
  });

  it('writes cases through the change writer, so every change is queued for sync', () => {
    const { id } = complaint(person('Asha'));
    cases.respond(id, 'x');
    const queued = sqlite.prepare(`SELECT tbl, count(*) AS n FROM sync_outbox WHERE tbl LIKE 'case%' GROUP BY tbl ORDER BY tbl`).all();
    expect(queued).toEqual([{ tbl: 'case_events', n: 2 }, { tbl: 'cases', n: 2 }]);
  });
});
