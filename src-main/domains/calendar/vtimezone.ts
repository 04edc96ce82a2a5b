// VTIMEZONE for an IANA zone, from the offsets Intl reports (no zone database is bundled).
// Transitions are found for the years around the events; each observance gets a yearly RRULE when
// one rule ("last Sunday of March") reproduces every transition found, else one block per transition.
import { wallOf } from '../reminders';

const DAY_MS = 86_400_000;
const offsetAt = (ms: number, zone: string) => wallOf(ms, zone) - ms;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Transition {
  atMs: number;
  from: number;
  to: number;
}

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

/** 'YYYYMMDDTHHMMSS' of a wall ms. */
const formatWall = (wallMs: number) => new Date(wallMs).toISOString().replace(/[-:]/g, '').slice(0, 15);

function transitionsIn(zone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  let previousMs = Date.UTC(fromYear, 0, 1, 12);
  let previous = offsetAt(previousMs, zone);
  // Weekly samples: zones change offset months apart; a binary search finds the minute.
  for (let ms = previousMs + 7 * DAY_MS; ms <= Date.UTC(toYear, 11, 31, 12) + 7 * DAY_MS; ms += 7 * DAY_MS) {
    const offset = offsetAt(ms, zone);
    if (offset !== previous) {
      let [lo, hi] = [previousMs, ms];
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000 || lo + 60_000;
        if (offsetAt(mid, zone) === previous) lo = mid;
        else hi = mid;
      }
      found.push({ atMs: hi, from: previous, to: offset });
    }
    previous = offset;
    previousMs = ms;
  }
  return found;
}

/** BYMONTH/BYDAY of a transition's local date, e.g. last Sunday of March → 3, -1SU. */
function yearlyRuleOf(t: Transition): string {
  const local = new Date(t.atMs + t.from);
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  return `FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${WEEKDAYS[local.getUTCDay()]}`;
}

export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const transitions = transitionsIn(zone, fromYear - 1, toYear);
  const block = (t: Transition, extra: string[]) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${formatWall(t.atMs + t.from)}`, ...extra, `TZOFFSETFROM:${formatOffset(t.from)}`, `TZOFFSETTO:${formatOffset(t.to)}`, `END:${kind}`);
  };
  if (transitions.length === 0) {
    const offset = offsetAt(Date.UTC(fromYear, 0, 1), zone);
    block({ atMs: Date.UTC(1970, 0, 1) - offset, from: offset, to: offset }, []);
  } else {
    // Group by direction (into and out of summer time); a rule stands only if it fits every year seen.
    for (const group of [transitions.filter((t) => t.to > t.from), transitions.filter((t) => t.to <= t.from)]) {
      const first = group[0];
      if (!first) continue;
      const rule = yearlyRuleOf(first);
      const isRegular = group.length >= 2 && group.every((t) => yearlyRuleOf(t) === rule && t.from === first.from && t.to === first.to);
      if (isRegular) block(first, [`RRULE:${rule}`]);
      else for (const t of group) block(t, []);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
