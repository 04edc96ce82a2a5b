// The interactions domain as the rest of the core sees it: writes, the timeline with its source
// registry, derived fields, stay-in-touch, the fatigue guard, rules and .eml import.
import type { ContactInteractionStats, InteractionRule, ListEntry } from '../../../src-shared/contract/interactions';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import type { EventBus } from '../../events';
import { dayNumber, startOfDayMs } from './calendar-day';
import { systemClock, type Clock } from './clock';
import { createEmlImport } from './eml-import';
import { createFatigueCheck } from './fatigue';
import { createInteractionRules } from './interaction-rules';
import { interactionsSource } from './interactions-source';
import { createInteractionsCore } from './interactions.service';
import { createStayInTouch } from './stay-in-touch';
import { createTimeline } from './timeline';

export type InteractionsService = ReturnType<typeof createInteractionsService>;

export function createInteractionsService(options: {
  sqlite: Sqlite;
  events: EventBus;
  writer: ChangeWriter;
  /** The contacts domain's tag id for a tag name. */
  tagIdOf: (name: string) => string;
  clock?: Clock;
}) {
  const { sqlite, events, writer, tagIdOf } = options;
  const clock = options.clock ?? systemClock;
  const core = createInteractionsCore(sqlite, events, writer, clock);
  const rules = createInteractionRules(sqlite, writer, tagIdOf);
  const fatigueCheck = createFatigueCheck(sqlite, rules, clock);
  const stayInTouchDue = createStayInTouch(sqlite, clock);
  const timeline = createTimeline();
  timeline.register(interactionsSource(core, sqlite));
  const eml = createEmlImport(sqlite, core);

  /** Saving a kind or outcome can change what counts as a meeting or an attempt: derived fields follow. */
  const saveListTx = sqlite.transaction((which: 'kinds' | 'outcomes', input: Parameters<typeof core.lists.save>[1]) => {
    const before = core.lists.list(which).find((e) => e.id === input.id);
    const saved = core.lists.save(which, input, clock.now());
    const flagsChanged = before && (before.isMeeting !== saved.isMeeting || before.countsAsContact !== saved.countsAsContact || before.isAttempt !== saved.isAttempt);
    if (flagsChanged) core.stats.rebuildAll();
    return saved;
  });
  const removeListTx = sqlite.transaction((which: 'kinds' | 'outcomes', id: string) => {
    core.lists.remove(which, id, clock.now());
  });

  return {
    ...core,
    timeline,
    fatigueCheck,
    stayInTouchDue,
    rules,

    stats(contactId: string): ContactInteractionStats {
      const stats = core.stats.of(contactId);
      const cadence = rules.cadenceOf(contactId);
      const base = stats.lastInteractionAtMs ?? (sqlite.prepare('SELECT created_at_ms FROM contacts WHERE id = ?').pluck().get(contactId) as number);
      const zone = clock.timeZone();
      return {
        ...stats,
        stayInTouchDays: cadence.effective,
        ownStayInTouchDays: cadence.own,
        stayInTouchDueAtMs: cadence.effective === null ? null : startOfDayMs(dayNumber(base, zone) + cadence.effective, zone),
      };
    },

    saveList(which: 'kinds' | 'outcomes', input: Parameters<typeof core.lists.save>[1]): ListEntry {
      const saved = saveListTx(which, input);
      core.changed();
      return saved;
    },
    removeList(which: 'kinds' | 'outcomes', id: string) {
      removeListTx(which, id);
      core.changed();
    },

    setRule(rule: InteractionRule) {
      rules.set(rule, clock.now());
      core.changed();
    },

    importEml: (files: { name: string; bytes: Buffer }[], contactId: string | null) => eml.importFiles(files, contactId),
  };
}
