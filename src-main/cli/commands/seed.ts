import { CliError, type CliCommand } from '../command';

export const seed: CliCommand = {
  name: 'seed',
  usage: 'seed --contacts N [--seed S] [--interactions N] [--deals N] [--purchase-lines N]',
  summary: 'Add realistic demo contacts and companies (English, Hindi and Tamil names), the same for the same seed',
  options: {
    contacts: { type: 'string', description: 'how many contacts to add' },
    seed: { type: 'string', description: 'seed for the generator (default 1)' },
    interactions: { type: 'string', description: 'average interactions per contact (default 3)' },
    deals: { type: 'string', description: 'how many deals to add (default half the contacts, at most 50,000)' },
    'purchase-lines': { type: 'string', description: 'sales lines to add with products, purchases and payments (default 3 per contact, at most 3000)' },
  },
  async run(ctx, _positionals, values) {
    const contacts = Number(values.contacts);
    const seedValue = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(contacts) || contacts < 1) throw new CliError('--contacts needs a whole number of 1 or more');
    if (!Number.isInteger(seedValue)) throw new CliError('--seed needs a whole number');
    const perContact = values.interactions === undefined ? undefined : Number(values.interactions);
    if (perContact !== undefined && (!Number.isInteger(perContact) || perContact < 0 || perContact > 100)) throw new CliError('--interactions needs a whole number from 0 to 100');
    const deals = values.deals === undefined ? undefined : Number(values.deals);
    if (deals !== undefined && !(Number.isInteger(deals) && deals >= 0)) throw new CliError('--deals needs a whole number of 0 or more');
    const startedMs = performance.now();
    const purchaseLines = values['purchase-lines'] === undefined ? undefined : Number(values['purchase-lines']);
    if (purchaseLines !== undefined && (!Number.isInteger(purchaseLines) || purchaseLines < 0)) throw new CliError('--purchase-lines needs a whole number of 0 or more');
    const result = await ctx.call<{ contacts: number; companies: number; deals?: number; purchaseLines: number }>('demo.seed', {
      contacts,
      seed: seedValue,
      interactionsPerContact: perContact,
      deals,
      purchaseLines,
    });
    const seconds = (performance.now() - startedMs) / 1000;
    ctx.out(
      ctx.json
        ? JSON.stringify(result)
        : `Added ${result.contacts} contacts, ${result.companies} companies, ${result.deals ?? 0} deals and ${result.purchaseLines} sales lines in ${seconds.toFixed(1)} s.`,
    );
    return result;
  },
};
