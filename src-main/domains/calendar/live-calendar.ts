// The live calendar file: `sampark.ics` in a folder the user picks, rewritten shortly after every
// change, atomically (a temporary file in the same folder, then rename) so a calendar app or a
// sync client never reads half a file.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../rpc/app-error';
import type { Timers } from '../reminders';
import { CALENDAR_FILE } from './calendar-export';

const DEBOUNCE_MS = 800;

export interface LiveCalendarStatus {
  file: string | null;
  events: number;
  writtenAtMs: number | null;
}

export type LiveCalendar = ReturnType<typeof createLiveCalendar>;

export function writeFileAtomically(file: string, content: string): void {
  const temporary = join(file, '..', `.${CALENDAR_FILE}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function createLiveCalendar(options: {
  folder: () => string | null;
  build: () => { content: string; events: number };
  now: () => number;
  timers: Timers;
  onError?: (error: unknown) => void;
}) {
  let pending: unknown;
  let status: LiveCalendarStatus = { file: null, events: 0, writtenAtMs: null };

  function writeNow(): LiveCalendarStatus {
    options.timers.clear(pending);
    pending = undefined;
    const folder = options.folder();
    if (!folder) return (status = { file: null, events: 0, writtenAtMs: null });
    const file = join(folder, CALENDAR_FILE);
    const { content, events } = options.build();
    try {
      writeFileAtomically(file, content);
    } catch (error) {
      throw new AppError('invalid_input', `calendarFolder: Cannot write the calendar file ${file}: ${(error as Error).message}`);
    }
    return (status = { file, events, writtenAtMs: options.now() });
  }

  const writeQuietly = () => {
    try {
      writeNow();
    } catch (error) {
      (options.onError ?? console.error)(error);
    }
  };

  return {
    writeNow,
    status: () => status,
    /** After a change: write soon, once for a burst of changes. */
    schedule() {
      if (!options.folder()) return;
      options.timers.clear(pending);
      pending = options.timers.set(writeQuietly, DEBOUNCE_MS);
    },
    /** Before closing: a pending rewrite happens now. */
    flush() {
      if (pending !== undefined) writeQuietly();
    },
  };
}
