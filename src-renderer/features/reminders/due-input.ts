// The form's date and optional time ↔ the contract's Due. A time is local to this browser's zone.
import type { Due } from '../../../src-shared/contract/reminders';

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of an instant in this browser's zone. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function toDue(date: string, time: string): Due {
  if (!time) return { kind: 'date', date };
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return { kind: 'time', atMs: new Date(y!, m! - 1, d!, h!, min!).getTime(), timeZone: browserTimeZone() };
}

export function fromDue(due: Due): { date: string; time: string } {
  if (due.kind === 'date') return { date: due.date, time: '' };
  const d = new Date(due.atMs);
  return { date: localIsoDate(due.atMs), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}
