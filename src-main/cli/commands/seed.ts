import { CliError, type CliCommand } from '../command';

export const seed: CliCommand = {
  name: 'seed',
  usage: 'seed --contacts N [--seed S] [--purchase-lines N]',
  summary: 'Add realistic demo contacts and companies (English, Hindi and Tamil names), the same for the same seed',
  options: {
    contacts: { type: 'string', description: 'how many contacts to add' },
    seed: { type: 'string', description: 'seed for the generator (default 1)' },
    'purchase-lines': { type: 'string', description: 'sales lines to add with products, purchases and payments (default 3 per contact, at most 3000)' },
  },
  async run(ctx, _positionals, values) {
    const contacts = Number(values.contacts);
    const seedValue = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(contacts) || contacts < 1) throw new CliError('--contacts needs a whole number of 1 or more');
    if (!Number.isInteger(seedValue)) throw new CliError('--seed needs a whole number');
    const startedMs = performance.now();
    const purchaseLines = values['purchase-lines'] === undefined ? undefined : Number(values['purchase-lines']);
    if (purchaseLines !== undefined && (!Number.isInteger(purchaseLines) || purchaseLines < 0)) throw new CliError('--purchase-lines needs a whole number of 0 or more');
    const result = await ctx.call<{ contacts: number; companies: number; purchaseLines: number }>('demo.seed', { contacts, seed: seedValue, purchaseLines });
    const seconds = (performance.now() - startedMs) / 1000;
    ctx.out(ctx.json ? JSON.stringify(result) : `Added ${result.contacts} contacts, ${result.companies} companies and ${result.purchaseLines} sales lines in ${seconds.toFixed(1)} s.`);
    return result;
  },
};
