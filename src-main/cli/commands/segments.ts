import type { ContactListRow, Segment } from '../../../src-shared/contract/segments';
import { SORT_COLUMNS } from '../../../src-shared/contract/segments';
import { CliError, type CliCommand, type CliContext } from '../command';

/** The id of the segment called NAME (any case); the core explains when there is none. */
export async function segmentIdByName(ctx: CliContext, name: string): Promise<string> {
  const { items } = await ctx.call<{ items: Segment[] }>('segments.list', {});
  const wanted = name.trim().toLowerCase();
  const found = items.filter((s) => s.name.trim().toLowerCase() === wanted);
  if (found.length === 0) throw new CliError(`No segment called "${name}". See: sampark segments list`);
  if (found.length > 1) throw new CliError(`More than one segment is called "${name}"; rename one in the app.`);
  return found[0]!.id;
}

export const segmentsList: CliCommand = {
  name: 'segments list',
  usage: 'segments list',
  summary: 'List saved segments with how many contacts each has now',
  async run(ctx) {
    const { items } = await ctx.call<{ items: Segment[] }>('segments.list', {});
    const rows = [];
    for (const segment of items) {
      const { count } = await ctx.call<{ count: number }>('segments.count', { segmentId: segment.id });
      rows.push({ ...segment, count });
    }
    if (ctx.json) ctx.out(JSON.stringify(rows));
    else if (rows.length === 0) ctx.out('No segments yet. Build a filter on the Contacts page and choose “Save as segment”.');
    else for (const s of rows) ctx.out(`${s.name}  (${s.count} contacts)`);
    return rows;
  },
};

const describe = (c: ContactListRow) => [c.displayName, c.companyName, c.primaryEmail, c.primaryPhone].filter(Boolean).join('  ·  ');

/** `contacts list --segment NAME [--sort COLUMN] [--desc]`: a segment's contacts (the first --limit of them). */
export async function listSegmentContacts(ctx: CliContext, values: Record<string, string | boolean | undefined>, limit: number) {
  const column = (values.sort as string | undefined) ?? 'name';
  if (!(SORT_COLUMNS as string[]).includes(column)) throw new CliError(`--sort is one of ${SORT_COLUMNS.join(', ')}`);
  const segmentId = await segmentIdByName(ctx, values.segment as string);
  const { items } = await ctx.call<{ items: ContactListRow[] }>('segments.contacts', {
    segmentId,
    sort: { column, direction: values.desc ? 'desc' : 'asc' },
    limit,
  });
  if (ctx.json) ctx.out(JSON.stringify(items));
  else if (items.length === 0) ctx.out(`No contacts are in the segment "${values.segment as string}" now.`);
  else for (const c of items) ctx.out(describe(c));
  return items;
}
