// Filter fields kept by the interactions domain (local derived figures per contact): "last contacted
// before 1 Oct", "no meeting in the last 90 days", "fewer than 3 interactions".
import type { FieldRegistry } from './filter-fields';

const stat = (column: string) => `(SELECT s.${column} FROM contact_interaction_stats s WHERE s.contact_id = c.id)`;

export function registerInteractionFields(fields: FieldRegistry): void {
  fields.register({ key: 'lastContacted', kind: 'date', source: { scalar: stat('last_contacted_at_ms') } });
  fields.register({ key: 'lastAttempt', kind: 'date', source: { scalar: stat('last_attempt_at_ms') } });
  fields.register({ key: 'lastMeeting', kind: 'date', source: { scalar: stat('last_meeting_at_ms') } });
  // No row yet means no interactions: 0, so "fewer than 3" finds them too.
  fields.register({ key: 'interactionCount', kind: 'number', source: { scalar: `coalesce(${stat('interaction_count')}, 0)` } });
}
