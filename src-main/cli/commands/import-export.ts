import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportLogEntry, ImportPreview } from '../../../src-shared/contract/imports';
import { CliError, type CliCommand } from '../command';
import { segmentIdByName } from './segments';

const MODES: Record<string, string> = { create: 'create', update: 'createAndUpdate', 'update-only': 'updateOnly' };

function readSource(file: string | undefined, values: Record<string, string | boolean | undefined>) {
  if (!file) throw new CliError('Say which file to import: sampark import FILE');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliError(`Cannot read ${file}`);
  }
  const format = (values.format as string | undefined) ?? 'auto';
  if (!['auto', 'csv', 'vcard'].includes(format)) throw new CliError('--format is auto, csv or vcard');
  const mode = MODES[(values.mode as string | undefined) ?? 'update'];
  if (!mode) throw new CliError('--mode is create, update or update-only');
  return { fileName: basename(file), contentBase64: bytes.toString('base64'), format, mode };
}

export const importContacts: CliCommand = {
  name: 'import',
  usage: 'import FILE [--format auto|csv|vcard] [--mode create|update|update-only] [--dry-run]',
  summary: 'Import contacts from a vCard or CSV file (all or nothing; undo with `import undo ID`)',
  options: {
    format: { type: 'string', description: 'file format (default: detected)' },
    mode: { type: 'string', description: 'create only, create and update matches (default), or update only' },
    'dry-run': { type: 'boolean', description: 'show what would happen and change nothing' },
  },
  async run(ctx, positionals, values) {
    const source = readSource(positionals[0], values);
    const preview = await ctx.call<ImportPreview>('imports.preview', source);
    if (values['dry-run']) {
      if (ctx.json) ctx.out(JSON.stringify(preview));
      else {
        ctx.out(`${source.fileName}: ${preview.format ?? 'unknown format'}${preview.preset ? ` (${preview.preset})` : ''}, read as ${preview.encoding}`);
        ctx.out(`Would create ${preview.toCreate}, update ${preview.toUpdate}, skip ${preview.toSkip}; ${preview.errors.length} records cannot be imported.`);
        for (const e of preview.errors.slice(0, 20)) ctx.out(`  line ${e.line}: ${e.message}`);
        for (const w of preview.warnings.slice(0, 20)) ctx.out(`  note: ${w}`);
      }
      return preview;
    }
    // The preview's token spares the run reading the file a second time.
    const result = await ctx.call<ImportLogEntry & { errors: { line: number; message: string }[]; warnings: string[] }>('imports.run', {
      ...source,
      previewToken: preview.token,
    });
    if (ctx.json) ctx.out(JSON.stringify(result));
    else {
      ctx.out(`Imported ${source.fileName}: created ${result.created}, updated ${result.updated}, skipped ${result.skipped}. Undo with: sampark import undo ${result.id}`);
      for (const e of result.errors.slice(0, 20)) ctx.out(`  not imported, line ${e.line}: ${e.message}`);
    }
    return result;
  },
};

export const importUndo: CliCommand = {
  name: 'import undo',
  usage: 'import undo ID',
  summary: 'Undo a whole import (see `import list`)',
  async run(ctx, positionals) {
    const [id] = positionals;
    if (!id) throw new CliError('Say which import to undo: sampark import undo ID (see sampark import list)');
    const entry = await ctx.call<ImportLogEntry>('imports.undo', { id });
    ctx.out(ctx.json ? JSON.stringify(entry) : `Undid the import of ${entry.fileName}: ${entry.created} contacts archived, ${entry.updated} put back as they were.`);
    return entry;
  },
};

export const importList: CliCommand = {
  name: 'import list',
  usage: 'import list',
  summary: 'List recent imports',
  async run(ctx) {
    const { items } = await ctx.call<{ items: ImportLogEntry[] }>('imports.list', {});
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out('No imports yet.');
    else for (const i of items) ctx.out(`${i.id}  ${new Date(i.atMs).toISOString()}  ${i.fileName}  +${i.created} ~${i.updated}${i.undoneAtMs ? '  (undone)' : ''}`);
    return items;
  },
};

export const exportContacts: CliCommand = {
  name: 'export contacts',
  usage: 'export contacts --format vcard3|vcard4|csv|json [--segment NAME] --out FILE',
  summary: 'Export every active contact, or a saved segment’s',
  options: {
    segment: { type: 'string', description: 'only the contacts in this saved segment' },
    format: { type: 'string', description: 'vcard3 (default), vcard4, csv or json' },
    out: { type: 'string', description: 'file to write' },
  },
  async run(ctx, _positionals, values) {
    const format = (values.format as string | undefined) ?? 'vcard3';
    if (!['vcard3', 'vcard4', 'csv', 'json'].includes(format)) throw new CliError('--format is vcard3, vcard4, csv or json');
    const out = values.out as string | undefined;
    if (!out) throw new CliError('Say where to write: --out FILE');
    const ids = values.segment === undefined ? undefined : (await ctx.call<{ ids: string[] }>('segments.ids', { segmentId: await segmentIdByName(ctx, values.segment as string) })).ids;
    const result = await ctx.call<{ content: string; count: number }>('exports.contacts', { format, ids });
    writeFileSync(out, result.content);
    ctx.out(ctx.json ? JSON.stringify({ out, count: result.count, format }) : `Wrote ${result.count} contacts to ${out}.`);
    return result;
  },
};
