// Contact-fatigue guard: at most N outbound interactions per contact in D calendar days (the day
// of `atMs` and the D-1 before it, in the user's time zone). Going over is allowed; the warning
// names what already happened so the user can decide.
import type { FatigueWarning } from '../../../src-shared/contract/interactions';
import type { Sqlite } from '../../db/open-database';
import { dayNumber, startOfDayMs } from './calendar-day';
import type { Clock } from './clock';
import type { InteractionRules } from './interaction-rules';

export type FatigueCheck = (contactIds: readonly string[], atMs: number) => FatigueWarning[];

export function createFatigueCheck(sqlite: Sqlite, rules: InteractionRules, clock: Clock): FatigueCheck {
  const outbound = sqlite.prepare(
    `SELECT i.id, i.occurred_at_ms AS occurredAtMs, i.kind_id AS kindId, i.subject
     FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
     WHERE ic.contact_id = ? AND ic.deleted_at_ms IS NULL AND i.deleted_at_ms IS NULL AND i.direction = 'outbound'
       AND ic.occurred_at_ms >= ? AND ic.occurred_at_ms <= ?
     ORDER BY ic.occurred_at_ms DESC, ic.interaction_id DESC`,
  );
  const nameOf = sqlite.prepare('SELECT display_name FROM contacts WHERE id = ?').pluck();

  /** Contacts that already have their limit of outbound interactions in the window ending at `atMs`. */
  return (contactIds, atMs) => {
    const zone = clock.timeZone();
    const warnings: FatigueWarning[] = [];
    for (const contactId of new Set(contactIds)) {
      const limit = rules.fatigueOf(contactId);
      const fromMs = startOfDayMs(dayNumber(atMs, zone) - limit.days + 1, zone);
      const recent = outbound.all(contactId, fromMs, atMs) as FatigueWarning['recent'];
      if (recent.length >= limit.max) {
        warnings.push({ contactId, displayName: (nameOf.get(contactId) as string | undefined) ?? '', limit, recent });
      }
    }
    return warnings;
  };
}
