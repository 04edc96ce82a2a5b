import type { Core } from '../boot';

export interface CliContext {
  /** Boots the core on --data-dir (or the app's data folder) on first use. */
  core(options?: { dailyBackups?: boolean; backgroundSync?: boolean; reminderNotifications?: boolean }): Promise<Core>;
  /** Calls one contract method through dispatch; throws CliError with the core's message on failure. */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  json: boolean;
  dataDir: string;
  out(text: string): void;
}

export interface CliCommand {
  /** e.g. "contacts search"; the words before the positional arguments. */
  name: string;
  usage: string;
  summary: string;
  /** `multiple`: the option may repeat; its value is then a string[] at run time (see listOption). */
  options?: Record<string, { type: 'string' | 'boolean'; description: string; multiple?: boolean }>;
  run(ctx: CliContext, positionals: string[], values: Record<string, string | boolean | undefined>): Promise<unknown>;
}

/** A failure the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {}
