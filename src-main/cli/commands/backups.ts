import type { Backup } from '../../../src-shared/contract/system';
import { CliError, type CliCommand } from '../command';
import { isAbsolute, resolve } from 'node:path';

const describe = (b: Backup) => `${b.file}  ${new Date(b.createdAtMs).toISOString()}  ${b.reason}  ${(b.sizeBytes / 1024).toFixed(0)} KiB`;

export const backup: CliCommand = {
  name: 'backup',
  usage: 'backup',
  summary: 'Back up the database now (checked with quick_check)',
  async run(ctx) {
    const result = await ctx.call<Backup>('backups.create', {});
    ctx.out(ctx.json ? JSON.stringify(result) : `Backed up to ${result.file}`);
    return result;
  },
};

export const backups: CliCommand = {
  name: 'backups',
  usage: 'backups',
  summary: 'List the backups, newest first',
  async run(ctx) {
    const { items } = await ctx.call<{ items: Backup[] }>('backups.list', {});
    if (ctx.json) ctx.out(JSON.stringify(items));
    else if (items.length === 0) ctx.out('No backups yet.');
    else for (const b of items) ctx.out(describe(b));
    return items;
  },
};

export const restore: CliCommand = {
  name: 'restore',
  usage: 'restore FILE',
  summary: 'Restore a backup (a name from `backups` or a path); the current data is backed up first',
  async run(ctx, positionals) {
    const [file] = positionals;
    if (!file) throw new CliError('Say which backup to restore: sampark restore FILE');
    // A bare name is a backup from the list; anything with a folder is a path relative to here.
    const target = file.includes('/') || file.includes('\\') || isAbsolute(file) ? resolve(file) : file;
    const result = await ctx.call<{ restored: string; safetyBackup: Backup }>('backups.restore', { file: target });
    ctx.out(ctx.json ? JSON.stringify(result) : `Restored ${result.restored}. The data before it is kept as ${result.safetyBackup.file}.`);
    return result;
  },
};
