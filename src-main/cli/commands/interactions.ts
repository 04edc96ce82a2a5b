import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { EmlResult, FatigueWarning, Interaction, ListEntry, TimelinePage } from '../../../src-shared/contract/interactions';
import { CliError, type CliCommand, type CliContext } from '../command';

/** A kind or outcome by its id, its code ('no-answer', 'no answer') or the name the user gave it. */
async function resolveEntry(ctx: CliContext, list: 'kinds' | 'outcomes', text: string): Promise<string> {
  const { items } = await ctx.call<{ items: ListEntry[] }>(`interactions.${list}`, {});
  const wanted = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = items.find((e) => e.id === text || e.code === wanted || (e.name && e.name.toLowerCase() === text.trim().toLowerCase()));
  if (!found) throw new CliError(`No ${list === 'kinds' ? 'kind' : 'outcome'} "${text}". Choose from: ${items.map((e) => e.name || e.code).join(', ')}`);
  return found.id;
}

function parseTime(text: string | undefined, nowMs: number): number {
  if (text === undefined) return nowMs;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new CliError(`--at needs a date and time such as 2026-03-10T14:30 (got "${text}")`);
  return ms;
}

const describe = (i: Interaction) =>
  [
    new Date(i.occurredAtMs).toISOString().slice(0, 16).replace('T', ' '),
    i.kindId.replace(/^kind-/, ''),
    i.direction,
    i.outcomeId?.replace(/^outcome-/, '') ?? '',
    i.subject,
    i.contacts.map((c) => c.displayName).join(', '),
    i.loggedBy ? `logged by ${[i.loggedBy.userName, i.loggedBy.deviceName].filter(Boolean).join(' on ') || 'this machine'}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');

export const interactionsLog: CliCommand = {
  name: 'interactions log',
  usage: 'interactions log --contact ID[,ID] --kind call [--outcome reached] …',
  summary: 'Log a call, meeting, email … with one or more contacts',
  options: {
    contact: { type: 'string', description: 'contact id(s), comma-separated' },
    company: { type: 'string', description: 'company id' },
    kind: { type: 'string', description: 'call, meeting, visit, email, message, note, … (default call)' },
    outcome: { type: 'string', description: 'reached, left message, no answer, interested, … ' },
    direction: { type: 'string', description: 'outbound (default) or inbound' },
    at: { type: 'string', description: 'when (ISO date and time; default now)' },
    duration: { type: 'string', description: 'minutes' },
    subject: { type: 'string', description: 'what it was about' },
    notes: { type: 'string', description: 'notes' },
    satisfaction: { type: 'string', description: '1 to 5' },
  },
  async run(ctx, _positionals, values) {
    const contactIds = ((values.contact as string | undefined) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (contactIds.length === 0 && !values.company) throw new CliError('Say who it was with: --contact ID (or --company ID)');
    const direction = (values.direction as string | undefined) ?? 'outbound';
    if (direction !== 'inbound' && direction !== 'outbound') throw new CliError('--direction is inbound or outbound');
    const number = (name: string) => {
      const raw = values[name] as string | undefined;
      if (raw === undefined) return null;
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new CliError(`--${name} needs a whole number`);
      return n;
    };
    const input = {
      kindId: await resolveEntry(ctx, 'kinds', (values.kind as string | undefined) ?? 'call'),
      outcomeId: values.outcome === undefined ? null : await resolveEntry(ctx, 'outcomes', values.outcome as string),
      direction,
      occurredAtMs: parseTime(values.at as string | undefined, Date.now()),
      durationMinutes: number('duration'),
      satisfaction: number('satisfaction'),
      contactIds,
      companyId: (values.company as string | undefined) ?? null,
      subject: (values.subject as string | undefined) ?? '',
      notes: (values.notes as string | undefined) ?? '',
    };
    const result = await ctx.call<{ interaction: Interaction; fatigue: FatigueWarning[] }>('interactions.log', input);
    if (ctx.json) ctx.out(JSON.stringify(result));
    else {
      ctx.out(`Logged ${result.interaction.id}: ${describe(result.interaction)}`);
      for (const w of result.fatigue) {
        ctx.out(`Note: ${w.displayName} already had ${w.recent.length} outbound contacts in ${w.limit.days} days (limit ${w.limit.max}).`);
      }
    }
    return result;
  },
};

export const interactionsList: CliCommand = {
  name: 'interactions list',
  usage: 'interactions list --contact ID | --company ID [--kind K] [--limit N]',
  summary: 'A contact’s or company’s timeline, newest first',
  options: {
    contact: { type: 'string', description: 'contact id' },
    company: { type: 'string', description: 'company id' },
    kind: { type: 'string', description: 'only this kind' },
    limit: { type: 'string', description: 'most entries (default 50, at most 200)' },
  },
  async run(ctx, _positionals, values) {
    const contactId = values.contact as string | undefined;
    const companyId = values.company as string | undefined;
    if (!contactId === !companyId) throw new CliError('Say whose timeline: --contact ID or --company ID');
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new CliError('--limit needs a whole number from 1 to 200');
    const kinds = values.kind === undefined ? [] : [await resolveEntry(ctx, 'kinds', values.kind as string)];
    const page = await ctx.call<TimelinePage>('interactions.timeline', { scope: contactId ? { contactId } : { companyId }, kinds, limit });
    if (ctx.json) ctx.out(JSON.stringify(page.items));
    else if (page.items.length === 0) ctx.out('Nothing logged yet. Log something with: sampark interactions log --contact ID --kind call');
    else for (const item of page.items) ctx.out(item.interaction ? describe(item.interaction) : `${new Date(item.atMs).toISOString()}  ${item.title}`);
    return page.items;
  },
};

export const interactionsImportEml: CliCommand = {
  name: 'interactions import-eml',
  usage: 'interactions import-eml FILE... [--contact ID]',
  summary: 'Log .eml files as emails with the contacts whose addresses they carry',
  options: { contact: { type: 'string', description: 'also log every message with this contact' } },
  async run(ctx, positionals, values) {
    if (positionals.length === 0) throw new CliError('Say which files: sampark interactions import-eml FILE...');
    const files = positionals.map((path) => {
      try {
        return { name: basename(path), base64: readFileSync(path).toString('base64') };
      } catch {
        throw new CliError(`Cannot read ${path}`);
      }
    });
    const { results } = await ctx.call<{ results: EmlResult[] }>('interactions.importEml', { files, contactId: (values.contact as string | undefined) ?? null });
    if (ctx.json) ctx.out(JSON.stringify(results));
    else for (const r of results) ctx.out(`${r.name}: ${r.status} — ${r.message}`);
    const notLogged = results.filter((r) => r.status === 'failed' || r.status === 'unmatched').length;
    // Everything readable is logged already; the exit code tells scripts that some files were not.
    if (notLogged > 0) throw new CliError(`${notLogged} of ${results.length} files were not logged (see above).`);
    return results;
  },
};
