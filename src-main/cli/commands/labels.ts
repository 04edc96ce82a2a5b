// `sampark labels`, `sampark envelopes`, `sampark letters`: print mail to a PDF through the same
// core as the app. Without --contact (or, once wired, --segment/--campaign): every contact with an address.
import { readFileSync, writeFileSync } from 'node:fs';
import type { PrintedPdf } from '../../../src-shared/contract/labels';
import { ENVELOPE_SIZES } from '../../../src-shared/contract/labels';
import { describeSkips, SHEET_PRESETS, skipReasonText } from '../../domains/labels';
import { CliError, type CliCommand, type CliContext } from '../command';

type Values = Record<string, string | boolean | undefined>;

/** A repeatable option's values (parseArgs gives an array), each also split at commas. */
function listOption(value: unknown): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

const RECIPIENT_OPTIONS = {
  contact: { type: 'string', multiple: true, description: 'a contact id (repeat, or separate with commas); default: everyone with an address' },
  segment: { type: 'string', description: 'the contacts of a saved segment' },
  campaign: { type: 'string', description: "a campaign's members (by campaign id)" },
  address: { type: 'string', description: 'address types to prefer, in order (default mailing,work,home)' },
  caps: { type: 'boolean', description: 'print addresses in capitals' },
  sort: { type: 'string', description: 'postal-code (default) or name' },
  printer: { type: 'string', description: 'apply this printer’s saved X/Y offsets' },
  out: { type: 'string', description: 'the PDF file to write' },
} as const;

function recipientInput(values: Values) {
  const ids = listOption(values.contact);
  const sort = (values.sort as string | undefined) ?? 'postal-code';
  if (!['postal-code', 'name'].includes(sort)) throw new CliError('--sort is postal-code or name');
  const preference = listOption(values.address);
  return {
    ...(ids.length ? { contactIds: ids } : {}),
    ...(typeof values.segment === 'string' ? { segment: values.segment } : {}),
    ...(typeof values.campaign === 'string' ? { campaignId: values.campaign } : {}),
    ...(preference.length ? { addressPreference: preference } : {}),
    isCaps: values.caps === true,
    sortBy: sort === 'name' ? 'name' : 'postalCode',
    printer: (values.printer as string | undefined) ?? '',
  };
}

function outFile(values: Values): string {
  const out = values.out as string | undefined;
  if (!out) throw new CliError('Say where to write the PDF: --out FILE.pdf');
  return out;
}

function readText(file: string | undefined, what: string): string {
  if (!file) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read the ${what} file ${file}`);
  }
}

function finish(ctx: CliContext, out: string, result: PrintedPdf, noun: string): PrintedPdf {
  writeFileSync(out, Buffer.from(result.contentBase64, 'base64'));
  const { contentBase64: _bytes, ...report } = result;
  if (ctx.json) ctx.out(JSON.stringify({ out, ...report }));
  else {
    const who = result.contacts !== result.printed ? ` for ${result.contacts} contacts` : '';
    ctx.out(`Printed ${result.printed} ${noun}${who} on ${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'} to ${out}.`);
    if (result.skipped.length) {
      ctx.out(`Skipped ${result.skipped.length}: ${describeSkips(result.skipped)}.`);
      for (const s of result.skipped.slice(0, 20)) ctx.out(`  ${s.displayName || s.contactId}: ${skipReasonText(s.reason)}`);
      if (result.skipped.length > 20) ctx.out(`  … and ${result.skipped.length - 20} more (--json lists all)`);
    }
  }
  return result;
}

export const labelsCommand: CliCommand = {
  name: 'labels',
  usage: 'labels --sheet avery-5160|l7160|… --out FILE.pdf',
  summary: 'Print mailing labels to a PDF (print it at Actual size / 100 %)',
  options: {
    sheet: { type: 'string', description: `label sheet: ${SHEET_PRESETS.map((s) => s.id).join(', ')} or a saved sheet's id` },
    'start-at': { type: 'string', description: 'first label to use on the first sheet (default 1)' },
    household: { type: 'boolean', description: 'one label per household' },
    'return-address': { type: 'string', description: 'printed small at the top of each label' },
    calibration: { type: 'boolean', description: 'print label outlines only, to check alignment' },
    ...RECIPIENT_OPTIONS,
  },
  async run(ctx, _positionals, values) {
    const out = outFile(values);
    const startAt = values['start-at'] === undefined ? 1 : Number(values['start-at']);
    if (!Number.isInteger(startAt) || startAt < 1) throw new CliError('--start-at is a label number from 1');
    const result = await ctx.call<PrintedPdf>('labels.pdf', {
      ...recipientInput(values),
      sheetId: (values.sheet as string | undefined) ?? 'avery-5160',
      startAt,
      isHousehold: values.household === true,
      returnAddress: (values['return-address'] as string | undefined)?.replace(/\\n/g, '\n') ?? '',
      document: values.calibration ? 'calibration' : 'labels',
    });
    if (!values.calibration) return finish(ctx, out, result, 'labels');
    writeFileSync(out, Buffer.from(result.contentBase64, 'base64'));
    ctx.out(ctx.json ? JSON.stringify({ out, pageCount: result.pageCount }) : `Wrote the calibration page to ${out}. Print it at Actual size / 100 % and hold it over a label sheet.`);
    return result;
  },
};

export const envelopesCommand: CliCommand = {
  name: 'envelopes',
  usage: `envelopes --size ${ENVELOPE_SIZES.join('|')} --out FILE.pdf`,
  summary: 'Print addressed envelopes with the sender’s address to a PDF',
  options: {
    size: { type: 'string', description: `${ENVELOPE_SIZES.join(', ')} (default dl)` },
    from: { type: 'string', description: 'a text file with the sender’s address' },
    ...RECIPIENT_OPTIONS,
  },
  async run(ctx, _positionals, values) {
    const out = outFile(values);
    const size = (values.size as string | undefined) ?? 'dl';
    if (!(ENVELOPE_SIZES as readonly string[]).includes(size)) throw new CliError(`--size is ${ENVELOPE_SIZES.join(', ')}`);
    const senderAddress = readText(values.from as string | undefined, 'sender address');
    const result = await ctx.call<PrintedPdf>('labels.envelopesPdf', { ...recipientInput(values), size, senderAddress });
    return finish(ctx, out, result, 'envelopes');
  },
};

export const lettersCommand: CliCommand = {
  name: 'letters',
  usage: 'letters --template FILE --out FILE.pdf',
  summary: 'Print a form letter for each contact ({{salutation}}, {{name}}, {{address}}, {{date}}, any field)',
  options: {
    template: { type: 'string', description: 'a text file; blank lines separate paragraphs' },
    paper: { type: 'string', description: 'a4 (default) or letter' },
    from: { type: 'string', description: 'a text file with the sender’s address' },
    ...RECIPIENT_OPTIONS,
  },
  async run(ctx, _positionals, values) {
    const out = outFile(values);
    if (!values.template) throw new CliError('Say which template to use: --template FILE');
    const paper = (values.paper as string | undefined) ?? 'a4';
    if (!['a4', 'letter'].includes(paper)) throw new CliError('--paper is a4 or letter');
    const template = readText(values.template as string, 'template');
    const senderAddress = readText(values.from as string | undefined, 'sender address');
    const result = await ctx.call<PrintedPdf>('labels.lettersPdf', { ...recipientInput(values), template, paper, senderAddress });
    return finish(ctx, out, result, 'letters');
  },
};
