import { CliError, type CliCommand } from '../command';

export const seed: CliCommand = {
  name: 'seed',
  usage: 'seed --contacts N [--seed S]',
  summary: 'Add realistic demo contacts and companies (English, Hindi and Tamil names), the same for the same seed',
  options: {
    contacts: { type: 'string', description: 'how many contacts to add' },
    seed: { type: 'string', description: 'seed for the generator (default 1)' },
  },
  async run(ctx, _positionals, values) {
    const contacts = Number(values.contacts);
    const seedValue = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(contacts) || contacts < 1) throw new CliError('--contacts needs a whole number of 1 or more');
    if (!Number.isInteger(seedValue)) throw new CliError('--seed needs a whole number');
    const startedMs = performance.now();
    const result = await ctx.call<{ contacts: number; companies: number }>('demo.seed', { contacts, seed: seedValue });
    const seconds = (performance.now() - startedMs) / 1000;
    ctx.out(ctx.json ? JSON.stringify(result) : `Added ${result.contacts} contacts and ${result.companies} companies in ${seconds.toFixed(1)} s.`);
    return result;
  },
};
