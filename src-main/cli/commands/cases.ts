import type { CaseDetail, CaseSummary } from '../../../src-shared/contract/cases';
import { CASE_KINDS, CASE_PRIORITIES } from '../../../src-shared/contract/cases';
import { writeFileSync } from 'node:fs';
import { CliError, type CliCommand } from '../command';

const HOUR_MS = 3600_000;

/** "due in 3 h", "2 h overdue", "answered on time": the response target as one phrase. */
export function describeResponse(c: Pick<CaseSummary, 'response' | 'status'>): string {
  const { state, remainingMs } = c.response;
  const hours = (ms: number) => {
    const abs = Math.abs(ms);
    if (abs < HOUR_MS) return `${Math.ceil(abs / 60_000)} min`;
    return abs < 48 * HOUR_MS ? `${Math.round(abs / HOUR_MS)} h` : `${Math.round(abs / (24 * HOUR_MS))} days`;
  };
  if (state === 'due') return `due in ${hours(remainingMs)}`;
  if (state === 'overdue') return `${hours(remainingMs)} overdue`;
  return state === 'met' ? 'answered on time' : `answered ${hours(remainingMs)} late`;
}

const customerOf = (c: CaseSummary) => c.contact?.displayName ?? c.company?.name ?? '';
const describe = (c: CaseSummary) =>
  [c.id, `[${c.priority}]`, c.status, c.subject, customerOf(c), c.status === 'resolved' || c.status === 'closed' ? (c.satisfaction ? `rated ${c.satisfaction}/5` : '') : describeResponse(c)]
    .filter(Boolean)
    .join('  ·  ');

function oneOf<T extends string>(name: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new CliError(`--${name} is ${allowed.join(', ')}`);
  return value as T;
}

export const casesList: CliCommand = {
  name: 'cases list',
  usage: 'cases list [--overdue] [--status S] [--limit N]',
  summary: 'List service cases, unresolved first; --overdue: unanswered past their response target',
  options: {
    overdue: { type: 'boolean', description: 'only cases past their first-response target' },
    status: { type: 'string', description: 'open, waiting, resolved or closed' },
    limit: { type: 'string', description: 'most cases to show (default 200, at most 1000)' },
  },
  async run(ctx, _positionals, values) {
    const limit = values.limit === undefined ? 200 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('--limit needs a whole number from 1 to 1000');
    const status = values.status === undefined ? undefined : [oneOf('status', values.status, ['open', 'waiting', 'resolved', 'closed'] as const, 'open')];
    const { items, total } = await ctx.call<{ items: CaseSummary[]; total: number }>('cases.list', { isOverdue: values.overdue === true, status, limit });
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out(values.overdue ? 'No overdue cases: every open case was answered in time.' : 'No cases yet. Open one: sampark cases open --contact ID --subject "…"');
    else {
      for (const c of items) ctx.out(describe(c));
      if (total > items.length) ctx.out(`… and ${total - items.length} more (--limit)`);
    }
    return items;
  },
};

export const casesOpen: CliCommand = {
  name: 'cases open',
  usage: 'cases open --contact ID --subject TEXT [--priority P] [--kind K]',
  summary: 'Open a complaint, question or problem for a contact or company',
  options: {
    contact: { type: 'string', description: 'the contact who raised it' },
    company: { type: 'string', description: 'the company that raised it' },
    subject: { type: 'string', description: 'what it is about' },
    description: { type: 'string', description: 'the details' },
    priority: { type: 'string', description: 'low, normal (default), high or urgent' },
    kind: { type: 'string', description: 'complaint (default), question or problem' },
    owner: { type: 'string', description: 'who looks after it' },
    'opened-at': { type: 'string', description: 'when the customer raised it (ISO date-time, default now)' },
  },
  async run(ctx, _positionals, values) {
    if (!values.contact && !values.company) throw new CliError('Say who raised it: --contact ID or --company ID');
    if (typeof values.subject !== 'string' || !values.subject.trim()) throw new CliError('Say what it is about: --subject TEXT');
    const openedAt = values['opened-at'];
    const openedAtMs = typeof openedAt === 'string' ? Date.parse(openedAt) : undefined;
    if (openedAtMs !== undefined && Number.isNaN(openedAtMs)) throw new CliError('--opened-at needs a date-time such as 2026-11-20T09:30:00Z');
    const opened = await ctx.call<CaseDetail>('cases.open', {
      contactId: values.contact ?? null,
      companyId: values.company ?? null,
      subject: values.subject,
      description: values.description ?? '',
      priority: oneOf('priority', values.priority, CASE_PRIORITIES, 'normal'),
      kind: oneOf('kind', values.kind, CASE_KINDS, 'complaint'),
      owner: values.owner ?? '',
      openedAtMs,
    });
    ctx.out(ctx.json ? JSON.stringify(opened) : `Opened case ${opened.id} (${opened.priority}, ${describeResponse(opened)}).`);
    return opened;
  },
};

export const casesRespond: CliCommand = {
  name: 'cases respond',
  usage: 'cases respond ID [--text TEXT]',
  summary: 'Record an answer to the customer (the first one stops the response clock)',
  options: { text: { type: 'string', description: 'what was said' } },
  async run(ctx, positionals, values) {
    const [id] = positionals;
    if (!id) throw new CliError('Say which case: sampark cases respond ID');
    const result = await ctx.call<CaseDetail>('cases.respond', { id, text: values.text ?? '' });
    ctx.out(ctx.json ? JSON.stringify(result) : `Recorded a response on case ${id} (${describeResponse(result)}).`);
    return result;
  },
};

export const casesResolve: CliCommand = {
  name: 'cases resolve',
  usage: 'cases resolve ID [--satisfaction 1-5] [--note TEXT]',
  summary: 'Resolve a case, with the customer’s rating if they gave one',
  options: {
    satisfaction: { type: 'string', description: 'the customer’s rating, 1 to 5' },
    note: { type: 'string', description: 'how it was resolved' },
  },
  async run(ctx, positionals, values) {
    const [id] = positionals;
    if (!id) throw new CliError('Say which case: sampark cases resolve ID');
    const satisfaction = values.satisfaction === undefined ? null : Number(values.satisfaction);
    if (satisfaction !== null && !(Number.isInteger(satisfaction) && satisfaction >= 1 && satisfaction <= 5)) throw new CliError('--satisfaction is a whole number from 1 to 5');
    const result = await ctx.call<CaseDetail>('cases.resolve', { id, satisfaction, note: values.note ?? '' });
    ctx.out(ctx.json ? JSON.stringify(result) : `Resolved case ${id}${satisfaction ? `, rated ${satisfaction}/5` : ''}.`);
    return result;
  },
};

export const exportCases: CliCommand = {
  name: 'export cases',
  usage: 'export cases --format csv|json --out FILE',
  summary: 'Export every service case',
  options: {
    format: { type: 'string', description: 'csv (default) or json' },
    out: { type: 'string', description: 'file to write' },
  },
  async run(ctx, _positionals, values) {
    const format = oneOf('format', values.format, ['csv', 'json'] as const, 'csv');
    const out = values.out;
    if (typeof out !== 'string' || !out) throw new CliError('Say where to write: --out FILE');
    const result = await ctx.call<{ content: string; count: number }>('cases.export', { format });
    writeFileSync(out, result.content);
    ctx.out(ctx.json ? JSON.stringify({ out, count: result.count, format }) : `Wrote ${result.count} cases to ${out}.`);
    return { out, count: result.count, format };
  },
};
