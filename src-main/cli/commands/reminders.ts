import type { Reminder } from '../../../src-shared/contract/reminders';
import { addDays, instantOf, isTimeZone, localDate, systemClock } from '../../domains/reminders';
import { CliError, type CliCommand } from '../command';

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' (all day), 'YYYY-MM-DDTHH:MM' (local time in `timeZone`), today, tomorrow. */
export function parseDue(text: string, timeZone: string, nowMs: number) {
  if (!isTimeZone(timeZone)) throw new CliError(`--time-zone: "${timeZone}" is not a time zone (e.g. Asia/Kolkata)`);
  if (text === 'today' || text === 'tomorrow') {
    return { kind: 'date' as const, date: addDays(localDate(nowMs, timeZone), text === 'tomorrow' ? 1 : 0) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'date' as const, date: text };
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(text);
  if (match) {
    const wall = Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`);
    if (Number.isNaN(wall)) throw new CliError(`--due: "${text}" is not a date`);
    return { kind: 'time' as const, atMs: instantOf(wall, timeZone), timeZone };
  }
  throw new CliError('--due takes YYYY-MM-DD, YYYY-MM-DDTHH:MM (local time), today or tomorrow');
}

function describeDue(r: Reminder): string {
  if (r.due.kind === 'date') return r.due.date;
  return new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: r.due.timeZone }).format(r.due.atMs);
}

function lateness(r: Reminder): string {
  if (r.overdueMs <= 0) return '';
  const days = Math.floor(r.overdueMs / DAY_MS);
  return days >= 1 ? `  (${days} day${days === 1 ? '' : 's'} late)` : `  (${Math.max(1, Math.round(r.overdueMs / 3_600_000))} h late)`;
}

const line = (r: Reminder) =>
  `${r.id}  ${describeDue(r)}  ${r.title}${r.contactName ? `  ·  ${r.contactName}` : ''}${r.rrule ? `  ↻ ${r.rrule}` : ''}${lateness(r)}`;

export const remindersList: CliCommand = {
  name: 'reminders list',
  usage: 'reminders list [--due today|overdue|upcoming] [--limit N]',
  summary: 'List open reminders, soonest first',
  options: {
    due: { type: 'string', description: 'only overdue ones, due today (not late), or upcoming' },
    limit: { type: 'string', description: 'most reminders to show (default 100)' },
  },
  async run(ctx, _positionals, values) {
    const filter = values.due === undefined ? 'open' : String(values.due);
    if (!['open', 'today', 'overdue', 'upcoming'].includes(filter)) throw new CliError('--due is today, overdue or upcoming');
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('--limit needs a whole number from 1 to 1000');
    const { items, total } = await ctx.call<{ items: Reminder[]; total: number }>('reminders.list', { filter, limit });
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out(filter === 'open' ? 'No open reminders. Add one: sampark reminders add --title "Call Priya" --due tomorrow' : 'Nothing here.');
    else {
      for (const r of items) ctx.out(line(r));
      if (total > items.length) ctx.out(`… and ${total - items.length} more`);
    }
    return items;
  },
};

export const remindersAdd: CliCommand = {
  name: 'reminders add',
  usage: 'reminders add --title TEXT --due WHEN [--contact ID] [--rrule RULE]',
  summary: 'Add a reminder (WHEN: YYYY-MM-DD, YYYY-MM-DDTHH:MM local time, today, tomorrow)',
  options: {
    title: { type: 'string', description: 'what to do' },
    due: { type: 'string', description: 'when: a date (all day) or a local date and time' },
    contact: { type: 'string', description: 'id of the contact it is about' },
    company: { type: 'string', description: 'id of the company it is about' },
    rrule: { type: 'string', description: 'repeat, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;COUNT=6' },
    notes: { type: 'string', description: 'notes' },
    priority: { type: 'string', description: 'low, normal (default) or high' },
    'time-zone': { type: 'string', description: 'IANA zone of a time (default: this machine’s)' },
  },
  async run(ctx, _positionals, values) {
    if (typeof values.title !== 'string' || !values.title.trim()) throw new CliError('Say what the reminder is: --title "Call Priya"');
    if (typeof values.due !== 'string') throw new CliError('Say when it is due: --due 2026-04-01 or --due 2026-04-01T10:30');
    const timeZone = typeof values['time-zone'] === 'string' ? values['time-zone'] : systemClock.timeZone();
    const reminder = await ctx.call<Reminder>('reminders.create', {
      title: values.title,
      due: parseDue(values.due, timeZone, Date.now()),
      contactId: values.contact ?? null,
      companyId: values.company ?? null,
      rrule: values.rrule ?? '',
      notes: values.notes ?? '',
      priority: values.priority ?? 'normal',
    });
    ctx.out(ctx.json ? JSON.stringify(reminder) : `Added: ${line(reminder)}`);
    return reminder;
  },
};

export const remindersDone: CliCommand = {
  name: 'reminders done',
  usage: 'reminders done ID',
  summary: 'Mark a reminder done (a recurring one moves to its next occurrence)',
  async run(ctx, positionals) {
    const [id] = positionals;
    if (!id) throw new CliError('Say which reminder: sampark reminders done ID (ids are in `reminders list`)');
    const result = await ctx.call<{ reminder: Reminder; isSeriesOver: boolean }>('reminders.complete', { id });
    if (ctx.json) ctx.out(JSON.stringify(result));
    else ctx.out(result.isSeriesOver ? `Done: ${result.reminder.title}` : `Done: ${result.reminder.title}. Next: ${describeDue(result.reminder)}`);
    return result;
  },
};
