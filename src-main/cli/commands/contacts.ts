import type { ContactSummary } from '../../../src-shared/contract/contacts';
import { CliError, type CliCommand } from '../command';
import { listSegmentContacts } from './segments';

const describe = (c: ContactSummary) => [c.displayName, c.companyName, c.primaryEmail, c.primaryPhone].filter(Boolean).join('  ·  ');

export const contactsSearch: CliCommand = {
  name: 'contacts search',
  usage: 'contacts search TEXT [--limit N]',
  summary: 'Find contacts by name, company, email or phone',
  options: { limit: { type: 'string', description: 'most results to show (default 20)' } },
  async run(ctx, positionals, values) {
    const text = positionals.join(' ');
    if (!text.trim()) throw new CliError('Say what to search for: sampark contacts search TEXT');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    const { items } = await ctx.call<{ items: ContactSummary[] }>('contacts.search', { text, limit });
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out(`No contacts match "${text}".`);
    else for (const c of items) ctx.out(describe(c));
    return items;
  },
};

export const contactsList: CliCommand = {
  name: 'contacts list',
  usage: 'contacts list [--limit N] [--segment NAME [--sort COLUMN] [--desc]]',
  summary: 'List contacts in name order, or the contacts of a saved segment',
  options: {
    limit: { type: 'string', description: 'most contacts to show (default 100, at most 500)' },
    segment: { type: 'string', description: 'only the contacts in this saved segment' },
    sort: { type: 'string', description: 'with --segment: the column to sort by (name, company, city, stage, created, …)' },
    desc: { type: 'boolean', description: 'with --segment: sort descending' },
  },
  async run(ctx, _positionals, values) {
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('--limit needs a whole number from 1 to 500');
    if (values.segment !== undefined) return listSegmentContacts(ctx, values, limit);
    const { items } = await ctx.call<{ items: ContactSummary[] }>('contacts.list', { limit });
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out('No contacts yet. Add some in the app, or try: sampark seed --contacts 200');
    else for (const c of items) ctx.out(describe(c));
    return items;
  },
};
