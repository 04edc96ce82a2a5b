// The editable lists of kinds and outcomes. Defaults have deterministic ids ('kind-call'), written
// on the first interaction write, so two machines that both start fresh converge on one row each
// instead of duplicating the defaults. A default keeps its code; its name stays '' until renamed,
// and the UI shows the translated code.
import { v7 as uuidv7 } from 'uuid';
import type { ListEntry } from '../../../src-shared/contract/interactions';
import type { Cells, ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { notFound } from '../../rpc/app-error';

type Flags = Pick<ListEntry, 'isMeeting' | 'countsAsContact' | 'isAttempt'>;
const flags = (f: Partial<Flags>): Flags => ({ isMeeting: false, countsAsContact: true, isAttempt: false, ...f });

export const DEFAULT_KINDS: readonly (Flags & { code: string })[] = [
  { code: 'call', ...flags({}) },
  { code: 'meeting', ...flags({ isMeeting: true }) },
  { code: 'visit', ...flags({ isMeeting: true }) },
  { code: 'email', ...flags({}) },
  { code: 'message', ...flags({}) },
  { code: 'note', ...flags({ countsAsContact: false }) },
  { code: 'support-request', ...flags({}) },
  { code: 'complaint', ...flags({}) },
];

export const DEFAULT_OUTCOMES: readonly (Flags & { code: string })[] = [
  { code: 'reached', ...flags({}) },
  { code: 'left-message', ...flags({ isAttempt: true }) },
  { code: 'no-answer', ...flags({ isAttempt: true }) },
  { code: 'interested', ...flags({}) },
  { code: 'not-interested', ...flags({}) },
  { code: 'order-placed', ...flags({}) },
  { code: 'resolved', ...flags({}) },
];

export const kindId = (code: string) => `kind-${code}`;
export const outcomeId = (code: string) => `outcome-${code}`;

interface Row {
  id: string;
  name: string;
  code: string;
  sortOrder: number;
  isMeeting?: number;
  countsAsContact?: number;
  isAttempt?: number;
  deletedAtMs: number | null;
}

export type InteractionLists = ReturnType<typeof createInteractionLists>;

export function createInteractionLists(sqlite: Sqlite, writer: ChangeWriter) {
  const specs = {
    kinds: { table: 'interaction_kinds', defaults: DEFAULT_KINDS, idOf: kindId, flagColumns: 'is_meeting AS isMeeting, counts_as_contact AS countsAsContact' },
    outcomes: { table: 'interaction_outcomes', defaults: DEFAULT_OUTCOMES, idOf: outcomeId, flagColumns: 'is_attempt AS isAttempt' },
  } as const;
  type Which = keyof typeof specs;
  const rows = Object.fromEntries(
    (Object.keys(specs) as Which[]).map((w) => [
      w,
      sqlite.prepare(`SELECT id, name, code, sort_order AS sortOrder, ${specs[w].flagColumns}, deleted_at_ms AS deletedAtMs FROM ${specs[w].table} ORDER BY sort_order, id`),
    ]),
  ) as unknown as Record<Which, { all(): unknown[] }>;
  let isEnsured = false;

  const toEntry = (r: Row): ListEntry => ({
    id: r.id, name: r.name, code: r.code, sortOrder: r.sortOrder,
    isMeeting: r.isMeeting === 1, countsAsContact: (r.countsAsContact ?? 1) === 1, isAttempt: r.isAttempt === 1,
  });
  const cellsOf = (which: Which, f: Flags): Cells =>
    which === 'kinds' ? { is_meeting: f.isMeeting, counts_as_contact: f.countsAsContact } : { is_attempt: f.isAttempt };

  /** The default rows, unless written before (by this machine or one it synced with). Call inside a write. */
  function ensureDefaults(nowMs: number) {
    if (isEnsured) return;
    for (const which of Object.keys(specs) as Which[]) {
      const { table, defaults, idOf } = specs[which];
      const present = new Set((rows[which].all() as Row[]).map((r) => r.id));
      defaults.forEach((d, i) => {
        if (present.has(idOf(d.code))) return;
        writer.insert(table, idOf(d.code), { code: d.code, sort_order: i, ...cellsOf(which, d), created_at_ms: nowMs, updated_at_ms: nowMs });
      });
    }
    isEnsured = true;
  }

  function list(which: Which): ListEntry[] {
    const stored = rows[which].all() as Row[];
    if (stored.length === 0) {
      // Nothing written yet: the defaults as they will be written.
      return specs[which].defaults.map((d, i) => ({ ...d, id: specs[which].idOf(d.code), name: '', sortOrder: i }));
    }
    return stored.filter((r) => r.deletedAtMs === null).map(toEntry);
  }

  function save(which: Which, input: { id: string | null; name: string } & Flags, nowMs: number): ListEntry {
    ensureDefaults(nowMs);
    const { table } = specs[which];
    const cells = { name: input.name, ...cellsOf(which, input) };
    if (input.id === null) {
      const id = uuidv7();
      const last = (rows[which].all() as Row[]).reduce((max, r) => Math.max(max, r.sortOrder), 0);
      writer.insert(table, id, { ...cells, sort_order: last + 1, created_at_ms: nowMs, updated_at_ms: nowMs });
      return list(which).find((e) => e.id === id)!;
    }
    if (!(rows[which].all() as Row[]).some((r) => r.id === input.id)) notFound(which === 'kinds' ? 'interaction kind' : 'outcome', input.id);
    writer.update(table, input.id, { ...cells, deleted_at_ms: null }, { updated_at_ms: nowMs });
    return list(which).find((e) => e.id === input.id)!;
  }

  function remove(which: Which, id: string, nowMs: number) {
    ensureDefaults(nowMs);
    if (!(rows[which].all() as Row[]).some((r) => r.id === id)) notFound(which === 'kinds' ? 'interaction kind' : 'outcome', id);
    writer.update(specs[which].table, id, { deleted_at_ms: nowMs }, { updated_at_ms: nowMs });
  }

  /** Every id ever used (deleted ones too: old interactions keep their kind). */
  const knownIds = (which: Which) => new Set([...(rows[which].all() as Row[]).map((r) => r.id), ...specs[which].defaults.map((d) => specs[which].idOf(d.code))]);

  return { ensureDefaults, list, save, remove, knownIds, forget: () => void (isEnsured = false) };
}
