import { CliError, type CliCommand } from '../command';

export const seed: CliCommand = {
  name: 'seed',
  usage: 'seed --contacts N [--seed S] [--interactions N]',
  summary: 'Add realistic demo contacts and companies (English, Hindi and Tamil names), the same for the same seed',
  options: {
    contacts: { type: 'string', description: 'how many contacts to add' },
    seed: { type: 'string', description: 'seed for the generator (default 1)' },
    interactions: { type: 'string', description: 'average interactions per contact (default 3)' },
  },
  async run(ctx, _positionals, values) {
    const contacts = Number(values.contacts);
    const seedValue = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(contacts) || contacts < 1) throw new CliError('--contacts needs a whole number of 1 or more');
    if (!Number.isInteger(seedValue)) throw new CliError('--seed needs a whole number');
    const perContact = values.interactions === undefined ? undefined : Number(values.interactions);
    if (perContact !== undefined && (!Number.isInteger(perContact) || perContact < 0 || perContact > 100)) throw new CliError('--interactions needs a whole number from 0 to 100');
    const startedMs = performance.now();
    const result = await ctx.call<{ contacts: number; companies: number }>('demo.seed', { contacts, seed: seedValue, interactionsPerContact: perContact });
    const seconds = (performance.now() - startedMs) / 1000;
    ctx.out(ctx.json ? JSON.stringify(result) : `Added ${result.contacts} contacts and ${result.companies} companies in ${seconds.toFixed(1)} s.`);
    return result;
  },
};
