// `sampark deals list|create|move`: the pipeline from a terminal. Stages and pipelines are named
// (case-insensitive), amounts typed as decimals ("12500.50") and stored in minor units.
import type { DealDetail, DealSummary } from '../../../src-shared/contract/deals';
import { minorToText, parseMinor } from '../../../src-shared/contract/deal-money';
import type { Pipeline } from '../../../src-shared/contract/pipelines';
import { CliError, type CliCommand, type CliContext } from '../command';

const fold = (text: string) => text.trim().toLocaleLowerCase();
const money = (d: { valueMinor: number; currency: string }) => `${d.currency} ${minorToText(d.valueMinor, d.currency)}`;
const describe = (d: DealSummary) => [d.id, d.title, d.stageName, money(d), d.expectedCloseDate ?? '', d.companyName ?? ''].filter(Boolean).join('  ·  ');

async function pipelineNamed(ctx: CliContext, name: string | undefined): Promise<Pipeline | null> {
  if (name === undefined) return null;
  const { items } = await ctx.call<{ items: Pipeline[] }>('pipelines.list', {});
  const found = items.find((p) => fold(p.name) === fold(name));
  if (!found) throw new CliError(`No pipeline named "${name}". Pipelines: ${items.map((p) => p.name).join(', ')}`);
  return found;
}

/** A stage by name, in the given pipeline or else the first pipeline that has one by that name. */
async function stageNamed(ctx: CliContext, name: string, pipeline: Pipeline | null) {
  const { items } = await ctx.call<{ items: Pipeline[] }>('pipelines.list', {});
  const stages = (pipeline ? [pipeline] : items).flatMap((p) => p.stages);
  const found = stages.find((s) => fold(s.name) === fold(name));
  if (!found) throw new CliError(`No stage named "${name}". Stages: ${[...new Set(stages.map((s) => s.name))].join(', ')}`);
  return found;
}

export const dealsList: CliCommand = {
  name: 'deals list',
  usage: 'deals list [--pipeline NAME] [--limit N]',
  summary: 'List deals, most recently changed first',
  options: {
    pipeline: { type: 'string', description: 'only this pipeline (by name)' },
    limit: { type: 'string', description: 'most deals to show (default 100, at most 500)' },
  },
  async run(ctx, _positionals, values) {
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('--limit needs a whole number from 1 to 500');
    const pipeline = await pipelineNamed(ctx, values.pipeline as string | undefined);
    const result = await ctx.call<{ items: DealSummary[]; total: number }>('deals.list', { pipelineId: pipeline?.id ?? null, limit });
    if (ctx.json) ctx.out(JSON.stringify(result.items));
    else if (result.items.length === 0) ctx.out('No deals yet. Add one: sampark deals create --title "…" --value 12500.50 --currency INR');
    else for (const d of result.items) ctx.out(describe(d));
    return result.items;
  },
};

export const dealsCreate: CliCommand = {
  name: 'deals create',
  usage: 'deals create --title TEXT --value AMOUNT [--currency INR] [--contact ID] [--stage NAME] [--pipeline NAME] [--close YYYY-MM-DD]',
  summary: 'Add a deal',
  options: {
    title: { type: 'string', description: 'what is being sold' },
    value: { type: 'string', description: 'the amount, e.g. 12500.50' },
    currency: { type: 'string', description: 'ISO currency code (default INR)' },
    contact: { type: 'string', multiple: true, description: 'a contact id (repeat for more)' },
    company: { type: 'string', description: 'a company id' },
    stage: { type: 'string', description: 'stage name (default: the first stage)' },
    pipeline: { type: 'string', description: 'pipeline name (default: Sales)' },
    close: { type: 'string', description: 'expected close date, YYYY-MM-DD' },
    owner: { type: 'string', description: 'who is responsible' },
  },
  async run(ctx, _positionals, values) {
    const title = values.title;
    if (typeof title !== 'string' || !title.trim()) throw new CliError('Give the deal a title: --title "Website redesign"');
    const currency = ((values.currency as string | undefined) ?? 'INR').trim().toUpperCase();
    const valueMinor = values.value === undefined ? 0 : parseMinor(String(values.value), currency);
    if (valueMinor === null) throw new CliError(`--value must be an amount like 12500.50 (no more decimals than ${currency} has)`);
    const pipeline = await pipelineNamed(ctx, values.pipeline as string | undefined);
    const stage = typeof values.stage === 'string' ? await stageNamed(ctx, values.stage, pipeline) : null;
    const contactIds = ([] as unknown[]).concat(values.contact ?? []).map(String);
    const deal = await ctx.call<DealDetail>('deals.create', {
      title, valueMinor, currency, contactIds, companyId: (values.company as string | undefined) ?? null, pipelineId: pipeline?.id ?? null, stageId: stage?.id ?? null,
      expectedCloseDate: (values.close as string | undefined) ?? null, owner: (values.owner as string | undefined) ?? '',
    });
    ctx.out(ctx.json ? JSON.stringify(deal) : `Added deal ${deal.id}: ${deal.title}, ${money(deal)}, in ${deal.stageName}.`);
    return deal;
  },
};

export const dealsMove: CliCommand = {
  name: 'deals move',
  usage: 'deals move ID --stage NAME [--reason TEXT]',
  summary: 'Move a deal to another stage (a lost deal needs --reason)',
  options: {
    stage: { type: 'string', description: 'the stage to move to, by name' },
    reason: { type: 'string', description: 'why it was won or lost' },
  },
  async run(ctx, positionals, values) {
    const id = positionals[0];
    if (!id) throw new CliError('Say which deal: sampark deals move ID --stage NAME');
    if (typeof values.stage !== 'string') throw new CliError('Say where to: --stage NAME');
    const current = await ctx.call<DealDetail>('deals.get', { id });
    const { items } = await ctx.call<{ items: Pipeline[] }>('pipelines.list', {});
    const stage = await stageNamed(ctx, values.stage, items.find((p) => p.id === current.pipelineId) ?? null);
    if (stage.kind === 'lost' && !values.reason) throw new CliError('Say why the deal was lost: --reason "…"');
    const deal = await ctx.call<DealDetail>('deals.move', { id, stageId: stage.id, reason: (values.reason as string | undefined) ?? '' });
    ctx.out(ctx.json ? JSON.stringify(deal) : `Moved ${deal.title} from ${current.stageName} to ${deal.stageName}.`);
    return deal;
  },
};
