// Stay-in-touch: due day = the calendar day of the last interaction (of any kind) + the cadence in
// days, so logging anything resets it. A contact never interacted with counts from when it was
// added. Only contacts with a cadence (their own or a tag's) are read.
import type { StayInTouchDue } from '../../../src-shared/contract/interactions';
import type { Sqlite } from '../../db/open-database';
import { DAY_MS, dayNumber, startOfDayMs } from './calendar-day';
import type { Clock } from './clock';

/** Whole calendar days from the due day to `asOfMs` (0 = due today, negative = not yet). */
export function daysLate(baseMs: number, cadenceDays: number, asOfMs: number, timeZone: string): number {
  return dayNumber(asOfMs, timeZone) - (dayNumber(baseMs, timeZone) + cadenceDays);
}

export function createStayInTouch(sqlite: Sqlite, clock: Clock) {
  // Contact rules win over tag rules; among tags the shortest cadence. The time filter is coarse
  // (a day of slack for time zones); calendar days are counted exactly below.
  const candidates = sqlite.prepare(
    `WITH cadence AS (
       SELECT contact_id, min(days) AS days, max(own) AS own FROM (
         SELECT target_id AS contact_id, stay_in_touch_days AS days, 1 AS own FROM interaction_rules
           WHERE target_type = 'contact' AND stay_in_touch_days IS NOT NULL
         UNION ALL
         SELECT ct.contact_id, r.stay_in_touch_days, 0 FROM interaction_rules r
           JOIN contact_tags ct ON ct.tag_id = r.target_id AND ct.deleted_at_ms IS NULL
           WHERE r.target_type = 'tag' AND r.stay_in_touch_days IS NOT NULL
       ) GROUP BY contact_id
     )
     SELECT c.id AS contactId, c.display_name AS displayName, s.last_interaction_at_ms AS lastInteractionAtMs, c.created_at_ms AS createdAtMs,
       CASE WHEN cadence.own = 1 THEN (SELECT stay_in_touch_days FROM interaction_rules WHERE id = 'rule-contact-' || c.id) ELSE cadence.days END AS cadenceDays
     FROM cadence JOIN contacts c ON c.id = cadence.contact_id
     LEFT JOIN contact_interaction_stats s ON s.contact_id = c.id
     WHERE c.archived_at_ms IS NULL AND c.merged_into IS NULL
       AND coalesce(s.last_interaction_at_ms, c.created_at_ms) + cadenceDays * ${DAY_MS} <= ? + 2 * ${DAY_MS}`,
  );

  return (asOfMs: number, limit: number): StayInTouchDue[] => {
    const zone = clock.timeZone();
    const rows = candidates.all(asOfMs) as { contactId: string; displayName: string; lastInteractionAtMs: number | null; createdAtMs: number; cadenceDays: number }[];
    return rows
      .map((r) => {
        const baseMs = r.lastInteractionAtMs ?? r.createdAtMs;
        return {
          contactId: r.contactId,
          displayName: r.displayName,
          cadenceDays: r.cadenceDays,
          lastInteractionAtMs: r.lastInteractionAtMs,
          dueAtMs: startOfDayMs(dayNumber(baseMs, zone) + r.cadenceDays, zone),
          daysLate: daysLate(baseMs, r.cadenceDays, asOfMs, zone),
        };
      })
      .filter((r) => r.daysLate >= 0)
      .sort((a, b) => b.daysLate - a.daysLate || a.displayName.localeCompare(b.displayName))
      .slice(0, limit);
  };
}
