import { spawn } from 'node:child_process';
import { startLoopbackServer } from '../../http/server';
import { findRendererDir } from '../../platform/renderer-dir';
import { CliError, type CliCommand } from '../command';

export const serve: CliCommand = {
  name: 'serve',
  usage: 'serve [--port N] [--open]',
  summary: 'Browser mode: serve Sampark on 127.0.0.1 with a random token and print its URL',
  options: {
    port: { type: 'string', description: 'port to listen on (default: a free one)' },
    open: { type: 'boolean', description: 'open the default browser at the URL' },
  },
  async run(ctx, _positionals, values) {
    const rendererDir = findRendererDir();
    if (!rendererDir) throw new CliError('The Sampark UI is not built: run `npm run build` first.');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535`);
    const core = await ctx.core({ dailyBackups: true, backgroundSync: true, reminderNotifications: true });
    const server = await startLoopbackServer({ core, rendererDir, port });
    ctx.out(ctx.json ? JSON.stringify({ url: server.url, dataDir: core.dataDir }) : `Sampark is running at ${server.url}\nData: ${core.dataDir}\nPress Ctrl+C to stop.`);
    if (values.open) openBrowser(server.url);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return undefined;
  },
};

/** Best effort: a machine without a desktop browser still has the printed URL. */
function openBrowser(url: string) {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser to open
  }
}
