import { readFileSync, writeFileSync } from 'node:fs';
import type { PurchaseImportResult, Receivables } from '../../../src-shared/contract/purchases';
import { minorText } from '../../../src-shared/sales/money';
import { CliError, type CliCommand } from '../command';

export const purchasesImport: CliCommand = {
  name: 'purchases import',
  usage: 'purchases import FILE [--currency INR] [--dry-run]',
  summary: 'Import sales lines from CSV (customer email or id, date, product/SKU, qty, price); all or nothing',
  options: {
    currency: { type: 'string', description: 'currency of rows without a currency column (default INR)' },
    'dry-run': { type: 'boolean', description: 'check the file and show what would be imported; change nothing' },
  },
  async run(ctx, positionals, values) {
    const file = positionals[0];
    if (!file) throw new CliError('Say which file to import: sampark purchases import FILE');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new CliError(`Cannot read ${file}`);
    }
    const dryRun = values['dry-run'] === true;
    const result = await ctx.call<PurchaseImportResult>('purchases.import', {
      contentBase64: bytes.toString('base64'),
      dryRun,
      currency: (values.currency as string | undefined) ?? 'INR',
    });
    if (ctx.json) ctx.out(JSON.stringify(result));
    else if (result.errors.length === 0) {
      ctx.out(`${dryRun ? 'Would import' : 'Imported'} ${result.purchases} purchases with ${result.lines} lines from ${file}.`);
    } else {
      for (const e of result.errors.slice(0, 50)) ctx.out(`  line ${e.line}: ${e.message}`);
      if (result.errors.length > 50) ctx.out(`  … and ${result.errors.length - 50} more`);
    }
    if (result.errors.length > 0) throw new CliError(`${result.errors.length} rows cannot be imported; nothing was imported. Fix them and run again.`);
    return result;
  },
};

function exportCommand(what: 'purchases' | 'payments'): CliCommand {
  return {
    name: `export ${what}`,
    usage: `export ${what} --format csv|json --out FILE`,
    summary: `Export every ${what === 'purchases' ? 'purchase' : 'payment'}`,
    options: {
      format: { type: 'string', description: 'csv (default) or json' },
      out: { type: 'string', description: 'file to write' },
    },
    async run(ctx, _positionals, values) {
      const format = (values.format as string | undefined) ?? 'csv';
      if (!['csv', 'json'].includes(format)) throw new CliError('--format is csv or json');
      const out = values.out as string | undefined;
      if (!out) throw new CliError('Say where to write: --out FILE');
      const result = await ctx.call<{ content: string; count: number }>('purchases.export', { what, format });
      writeFileSync(out, result.content);
      ctx.out(ctx.json ? JSON.stringify({ out, count: result.count, format }) : `Wrote ${result.count} ${what} to ${out}.`);
      return result;
    },
  };
}

export const exportPurchases = exportCommand('purchases');
export const exportPayments = exportCommand('payments');

export const receivables: CliCommand = {
  name: 'receivables',
  usage: 'receivables [--as-of YYYY-MM-DD] [--json]',
  summary: 'What customers owe, by days past due (current, 1–30, 31–60, 61–90, 90+)',
  options: { 'as-of': { type: 'string', description: 'age as of this date (default today)' } },
  async run(ctx, _positionals, values) {
    const asOf = values['as-of'] as string | undefined;
    const result = await ctx.call<Receivables>('purchases.receivables', asOf ? { asOf } : {});
    if (ctx.json) {
      ctx.out(JSON.stringify(result));
      return result;
    }
    const m = (minor: number, currency: string) => minorText(minor, currency).padStart(14);
    ctx.out(`Receivables as of ${result.asOf}`);
    ctx.out(`${'customer'.padEnd(32)}${'current'.padStart(14)}${'1-30'.padStart(14)}${'31-60'.padStart(14)}${'61-90'.padStart(14)}${'90+'.padStart(14)}${'total'.padStart(14)}`);
    for (const c of result.customers) {
      const name = `${c.customerName}${c.isLatePayer ? ' (late payer)' : ''}`.slice(0, 30).padEnd(32);
      ctx.out(`${name}${m(c.current, c.currency)}${m(c.d1to30, c.currency)}${m(c.d31to60, c.currency)}${m(c.d61to90, c.currency)}${m(c.d90plus, c.currency)}${m(c.totalMinor, c.currency)} ${c.currency}`);
    }
    for (const t of result.totals) {
      ctx.out(`${`Total ${t.currency}`.padEnd(32)}${m(t.current, t.currency)}${m(t.d1to30, t.currency)}${m(t.d31to60, t.currency)}${m(t.d61to90, t.currency)}${m(t.d90plus, t.currency)}${m(t.totalMinor, t.currency)}`);
    }
    if (result.totals.length === 0) ctx.out('Nothing is owed.');
    return result;
  },
};
