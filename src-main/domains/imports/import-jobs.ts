// One preview or import at a time, with progress events and Cancel. The work yields to the event
// loop between chunks (like sync between segments), which is when progress leaves and Cancel arrives.
import type { EventBus } from '../../events';
import { AppError } from '../../rpc/app-error';

export type JobName = 'import.preview' | 'import.run';

export interface ImportJob {
  progress(done: number, total: number): void;
  /** Reports progress, lets other work run, then stops the job if it was cancelled meanwhile. */
  step(done: number, total: number): Promise<void>;
}

export const CANCELLED_MESSAGE = 'The import was cancelled; nothing was imported.';

export function createImportJobs(events: EventBus) {
  let active: { name: JobName; cancelled: boolean } | null = null;

  return {
    async run<T>(name: JobName, work: (job: ImportJob) => Promise<T>): Promise<T> {
      if (active?.name === 'import.run') throw new AppError('conflict', 'An import is in progress; wait for it or cancel it first.');
      // A newer preview (another file, another mode) replaces one still running.
      if (active) active.cancelled = true;
      const state = { name, cancelled: false };
      active = state;
      const progress = (done: number, total: number) => events.emit({ type: 'progress', job: name, done, total });
      try {
        return await work({
          progress,
          async step(done, total) {
            progress(done, total);
            await new Promise((resolve) => setImmediate(resolve));
            if (state.cancelled) throw new AppError('conflict', name === 'import.run' ? CANCELLED_MESSAGE : 'The preview was cancelled.');
          },
        });
      } finally {
        if (active === state) active = null;
      }
    },

    /** Asks the running job to stop at its next step; false when nothing was running. */
    cancel(): boolean {
      if (!active) return false;
      active.cancelled = true;
      return true;
    },

    current(): JobName | null {
      return active?.name ?? null;
    },
  };
}
