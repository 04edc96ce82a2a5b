// The clock port: everything about "now" goes through it, so tests can move time and zones.
export interface Clock {
  now(): number;
  /** The IANA zone of this machine (all-day dates start at its midnight; snoozes land at its 9:00). */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/** Timers as a port: the scheduler's tests fire them by hand. */
export interface Timers {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimers: Timers = {
  set(run, delayMs) {
    const handle = setTimeout(run, delayMs);
    // A pending reminder never keeps a process (the CLI, a test) alive.
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
