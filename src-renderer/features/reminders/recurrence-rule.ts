// The repeat choices of the reminder form ↔ an RRULE (RFC 5545) string. The core checks and
// expands rules; this only writes and reads the simple ones the form offers.
export const FREQUENCIES = ['none', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Recurrence {
  frequency: Frequency;
  interval: number;
  weekdays: Weekday[];
  end: { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };
}

export const NO_RECURRENCE: Recurrence = { frequency: 'none', interval: 1, weekdays: [], end: { kind: 'never' } };

export function toRule(r: Recurrence): string {
  if (r.frequency === 'none') return '';
  const parts = [`FREQ=${r.frequency}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.frequency === 'WEEKLY' && r.weekdays.length) parts.push(`BYDAY=${WEEKDAYS.filter((d) => r.weekdays.includes(d)).join(',')}`);
  if (r.end.kind === 'until') parts.push(`UNTIL=${r.end.date.replaceAll('-', '')}`);
  if (r.end.kind === 'count') parts.push(`COUNT=${r.end.count}`);
  return parts.join(';');
}

/** The form's view of a rule; null when the rule has parts the form cannot show (kept as text). */
export function fromRule(rule: string): Recurrence | null {
  if (rule === '') return NO_RECURRENCE;
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
  const frequency = parts.get('FREQ') as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return null;
  for (const key of parts.keys()) if (!['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT'].includes(key)) return null;
  const weekdays = (parts.get('BYDAY')?.split(',') ?? []) as Weekday[];
  if (weekdays.some((d) => !WEEKDAYS.includes(d)) || (weekdays.length && frequency !== 'WEEKLY')) return null;
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  const end: Recurrence['end'] = until
    ? { kind: 'until', date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` }
    : count
      ? { kind: 'count', count: Number(count) }
      : { kind: 'never' };
  return { frequency, interval: Number(parts.get('INTERVAL') ?? 1), weekdays, end };
}
