import { writeFileSync } from 'node:fs';
import { CALENDAR_KINDS } from '../../../src-shared/contract/reminders';
import { CliError, type CliCommand } from '../command';

export const calendarExport: CliCommand = {
  name: 'calendar',
  usage: 'calendar --out FILE [--from DATE] [--to DATE] [--kinds reminders,birthdays]',
  summary: 'Export reminders and birthdays as an .ics calendar file',
  options: {
    out: { type: 'string', description: 'the .ics file to write' },
    from: { type: 'string', description: 'first date (YYYY-MM-DD)' },
    to: { type: 'string', description: 'last date (YYYY-MM-DD)' },
    kinds: { type: 'string', description: 'reminders, birthdays or both (default)' },
  },
  async run(ctx, _positionals, values) {
    if (typeof values.out !== 'string') throw new CliError('Say where to write: sampark calendar --out sampark.ics');
    const kinds = typeof values.kinds === 'string' ? values.kinds.split(',').map((k) => k.trim()).filter(Boolean) : [...CALENDAR_KINDS];
    const unknown = kinds.filter((k) => !(CALENDAR_KINDS as readonly string[]).includes(k));
    if (unknown.length || kinds.length === 0) throw new CliError(`--kinds takes ${CALENDAR_KINDS.join(', ')}`);
    const result = await ctx.call<{ content: string; events: number }>('calendar.export', { fromDate: values.from, toDate: values.to, kinds });
    try {
      writeFileSync(values.out, result.content);
    } catch (error) {
      throw new CliError(`Cannot write ${values.out}: ${(error as Error).message}`);
    }
    ctx.out(ctx.json ? JSON.stringify({ file: values.out, events: result.events }) : `Wrote ${result.events} events to ${values.out}`);
    return result;
  },
};
