// Response targets per priority live in a small synced table (every machine answers to the same
// targets). A priority without a row uses the default.
import { CASE_PRIORITIES, type CaseTargets } from '../../../src-shared/contract/cases';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { asPriority } from './case-values';
import { DEFAULT_TARGETS } from './response-target';

const targetIdOf = (priority: string) => `case-target-${priority}`;

export function createCaseTargets(sqlite: Sqlite, writer: ChangeWriter, now: () => number) {
  const read = sqlite.prepare('SELECT priority, response_minutes AS minutes FROM case_targets');
  const exists = sqlite.prepare('SELECT 1 FROM case_targets WHERE id = ?').pluck();

  function get(): CaseTargets {
    const targets = { ...DEFAULT_TARGETS };
    for (const row of read.all() as { priority: string; minutes: number }[]) {
      if (Number.isInteger(row.minutes) && row.minutes > 0) targets[asPriority(row.priority)] = row.minutes;
    }
    return targets;
  }

  const setTx = sqlite.transaction((patch: Partial<CaseTargets>) => {
    let changed = false;
    for (const priority of CASE_PRIORITIES) {
      const minutes = patch[priority];
      if (minutes === undefined) continue;
      const id = targetIdOf(priority);
      if (exists.get(id)) changed = writer.update('case_targets', id, { response_minutes: minutes }, { updated_at_ms: now() }) || changed;
      else {
        writer.insert('case_targets', id, { priority, response_minutes: minutes, updated_at_ms: now() });
        changed = true;
      }
    }
    return changed;
  });

  return { get, set: (patch: Partial<CaseTargets>) => setTx(patch) };
}
