import { hostname, userInfo } from 'node:os';
import { readFileSync } from 'node:fs';
import type { SyncReport, SyncStatus } from '../../../src-shared/contract/sync';
import { CliError, type CliCommand, type CliContext } from '../command';

function describeReport(r: SyncReport): string {
  const lines = [
    r.status === 'ok' ? 'Synced.' : (r.message ?? r.status),
    `Sent ${r.wroteChanges} changes; applied ${r.appliedChanges} changes from ${r.appliedSegments} segments; ${r.conflicts} conflicts.`,
  ];
  for (const w of r.waiting) lines.push(`Waiting on ${w.deviceId}: ${w.reason}`);
  for (const q of r.quarantined) lines.push(`Quarantined ${q.deviceId}: ${q.reason}`);
  if (r.ignoredFiles.length) lines.push(`Ignored ${r.ignoredFiles.length} files that are not Sampark's (e.g. ${r.ignoredFiles[0]}).`);
  return lines.join('\n');
}

function finish(ctx: CliContext, report: SyncReport): SyncReport {
  ctx.out(ctx.json ? JSON.stringify(report) : describeReport(report));
  if (report.status !== 'ok') throw new CliError(report.message ?? `sync ${report.status}`);
  return report;
}

export const syncNow: CliCommand = {
  name: 'sync',
  usage: 'sync [--folder DIR] [--passphrase-file FILE] [--compact]',
  summary: 'Sync once with a shared folder (Dropbox, Syncthing, NAS, USB stick) and print what was applied',
  options: {
    folder: { type: 'string', description: 'the shared sync folder (remembered after the first sync)' },
    'passphrase-file': { type: 'string', description: 'file whose first line is the folder passphrase' },
    'device-name': { type: 'string', description: 'name of this machine in the folder (default: host name)' },
    user: { type: 'string', description: 'who uses this machine' },
    'allow-mass-delete': { type: 'boolean', description: 'apply a sync that removes many records' },
    compact: { type: 'boolean', description: 'write a snapshot and delete old change files it covers' },
  },
  async run(ctx, _positionals, values) {
    const status = await ctx.call<SyncStatus>('sync.status', {});
    const folder = typeof values.folder === 'string' ? values.folder : null;
    let passphrase: string | null = null;
    if (typeof values['passphrase-file'] === 'string') {
      try {
        passphrase = readFileSync(values['passphrase-file'], 'utf8').split(/\r?\n/)[0] ?? '';
      } catch {
        throw new CliError(`Cannot read the passphrase file ${values['passphrase-file']}`);
      }
    }
    if (!status.configured && !folder) throw new CliError('Sync is not set up here: give the shared folder with --folder DIR.');
    if (folder && (!status.configured || passphrase !== null)) {
      const configured = await ctx.call<SyncStatus>('sync.configure', {
        folder,
        deviceName: (values['device-name'] as string | undefined) ?? (status.deviceName || hostname()),
        userName: (values.user as string | undefined) ?? (status.userName || userInfo().username),
        passphrase,
      });
      return finish(ctx, configured.lastReport!);
    }
    if (folder && folder !== status.folder) throw new CliError(`Sync is set up with ${status.folder}; turn it off in Settings to use another folder.`);
    return finish(ctx, await ctx.call<SyncReport>('sync.now', { allowMassDelete: Boolean(values['allow-mass-delete']), compact: Boolean(values.compact) }));
  },
};

export const syncStatus: CliCommand = {
  name: 'sync status',
  usage: 'sync status',
  summary: 'Show the sync folder, pending changes and the other machines',
  async run(ctx) {
    const s = await ctx.call<SyncStatus>('sync.status', {});
    if (ctx.json) ctx.out(JSON.stringify(s));
    else if (!s.configured) ctx.out('Sync is not set up. Run: sampark sync --folder DIR');
    else {
      ctx.out(`Folder: ${s.folder}${s.encrypted ? ' (encrypted)' : ''}\nThis machine: ${s.deviceName} (${s.deviceId})\nPending changes: ${s.pendingChanges}\nOpen conflicts: ${s.openConflicts}`);
      if (s.lastReport) ctx.out(`Last sync: ${new Date(s.lastReport.finishedAtMs).toISOString()} — ${s.lastReport.status}`);
      for (const d of s.devices) ctx.out(`  ${d.name || d.deviceId}${d.userName ? ` (${d.userName})` : ''}: applied up to segment ${d.appliedSeq}${d.quarantinedReason ? ` — quarantined: ${d.quarantinedReason}` : ''}`);
    }
    return s;
  },
};
