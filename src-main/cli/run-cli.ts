// Parses argv, boots the core in-process on --data-dir and runs one command through dispatch.
// Errors are one line on stderr and a non-zero exit; --json prints machine-readable output.
import { parseArgs } from 'node:util';
import { ApiError } from '../../src-shared/rpc/client';
import { boot, type Core } from '../boot';
import { AppError } from '../rpc/app-error';
import { inProcessTransport } from '../rpc/in-process-transport';
import { defaultDataDir } from '../platform/data-dir';
import { APP_VERSION } from '../version';
import { CliError, type CliCommand, type CliContext } from './command';
import { COMMANDS } from './commands';

const COMMON = {
  'data-dir': { type: 'string', description: 'data folder (default: the desktop app’s)' },
  json: { type: 'boolean', description: 'print JSON for scripts' },
  help: { type: 'boolean', description: 'show help' },
} as const;

export function helpText(): string {
  const lines = [`Sampark ${APP_VERSION} — contacts and customers, on your own machine`, '', 'Usage: sampark <command> [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(36)} ${c.summary}`);
  lines.push('', 'Options for every command:');
  for (const [name, o] of Object.entries(COMMON)) lines.push(`  --${name.padEnd(34)} ${o.description}`);
  lines.push('', `Default data folder: ${defaultDataDir()}`);
  return lines.join('\n');
}

function findCommand(args: string[]): { command: CliCommand; rest: string[] } | null {
  const words = args.filter((a) => !a.startsWith('-'));
  for (const command of [...COMMANDS].sort((a, b) => b.name.length - a.name.length)) {
    const nameWords = command.name.split(' ');
    if (nameWords.every((w, i) => words[i] === w)) {
      const rest = [...args];
      for (const w of nameWords) rest.splice(rest.indexOf(w), 1);
      return { command, rest };
    }
  }
  return null;
}

export async function runCli(argv: string[], out: (text: string) => void = console.log): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(helpText());
    return 0;
  }
  if (argv[0] === '--version') {
    out(APP_VERSION);
    return 0;
  }
  const found = findCommand(argv);
  let core: Core | undefined;
  try {
    if (!found) throw new CliError(`Unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}". Run sampark --help.`);
    const { command, rest } = found;
    const options = Object.fromEntries(
      Object.entries({ ...COMMON, ...command.options }).map(([k, v]) => [k, { type: v.type, multiple: 'multiple' in v && v.multiple === true }]),
    ) as Record<string, { type: 'string' | 'boolean'; multiple: boolean }>;
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError(`${(error as Error).message.split('\n')[0]} Run sampark --help.`);
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      out(`Usage: sampark ${command.usage}\n${command.summary}`);
      return 0;
    }
    const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir();
    const ctx: CliContext = {
      json: Boolean(values.json),
      dataDir,
      out,
      async core(options) {
        core ??= await boot({
          dataDir,
          dailyBackups: options?.dailyBackups ?? false,
          backgroundSync: options?.backgroundSync ?? false,
          reminderNotifications: options?.reminderNotifications ?? false,
        });
        return core;
      },
      async call<T>(method: string, input: unknown) {
        const response = await inProcessTransport((await ctx.core()).dispatch).call({ id: 1, method, input });
        if (!response.ok) throw new ApiError(response.error);
        return response.value as T;
      },
    };
    await command.run(ctx, parsed.positionals, values);
    return 0;
  } catch (error) {
    const known = error instanceof CliError || error instanceof ApiError || error instanceof AppError;
    console.error(`sampark: ${known ? (error as Error).message : `unexpected error: ${(error as Error)?.stack ?? String(error)}`}`);
    return 1;
  } finally {
    core?.close();
  }
}
