// Runs sync in the background while the app is open: shortly after local changes, when files
// arrive in the folder (a watcher, which is unreliable on network and placeholder file systems),
// on a regular poll, and at start-up. Never two runs at once.
import { watch, type FSWatcher } from 'node:fs';

export interface SyncSchedulerPorts {
  /** The configured folder, or null while sync is off. */
  folder(): string | null;
  hasPendingChanges(): boolean;
  run(): Promise<unknown>;
  onLocalChange(listener: () => void): () => void;
}

export interface SyncScheduler {
  /** Ask for a sync soon (e.g. after the folder was configured or the machine resumed). */
  poke(): void;
  stop(): void;
}

export function startSyncScheduler(ports: SyncSchedulerPorts, options: { debounceMs?: number; pollMs?: number } = {}): SyncScheduler {
  const debounceMs = options.debounceMs ?? 3_000;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let watcher: FSWatcher | undefined;
  let watchedFolder: string | null = null;
  let stopped = false;

  const schedule = (delayMs = debounceMs) => {
    clearTimeout(timer);
    timer = setTimeout(() => void runNow(), delayMs);
    timer.unref();
  };

  async function runNow() {
    if (stopped || !ports.folder()) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await ports.run();
    } catch (error) {
      console.error('Background sync failed:', error);
    } finally {
      running = false;
      rewatch();
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  function rewatch() {
    const folder = ports.folder();
    if (folder === watchedFolder) return;
    watcher?.close();
    watcher = undefined;
    watchedFolder = folder;
    if (!folder) return;
    try {
      watcher = watch(folder, { recursive: true }, (_event, name) => {
        if (name && /\.seg$/.test(String(name))) schedule(500);
      });
      watcher.on('error', () => undefined);
      watcher.unref();
    } catch {
      // no watcher here: polling still finds new files
    }
  }

  const unsubscribe = ports.onLocalChange(() => {
    if (!stopped && ports.folder() && ports.hasPendingChanges()) schedule();
  });
  const poll = setInterval(() => void runNow(), options.pollMs ?? 30_000);
  poll.unref();
  rewatch();
  schedule(1_000);

  return {
    poke: () => schedule(200),
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
      unsubscribe();
    },
  };
}
