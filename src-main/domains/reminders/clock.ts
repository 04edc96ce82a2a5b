// The clock port: everything about "now" goes through it, so tests can move time and zones.
export interface Clock {
  now(): number;
  /** The IANA zone of this machine (all-day dates start at its midnight; snoozes land at its 9:00). */
  timeZone(): string;
}

// Asking Intl for the zone costs tens of microseconds and reminders ask per row: it is read again
// at most once a minute (a laptop that travels changes zone rarely).
let zone = { name: '', readAtMs: Number.NEGATIVE_INFINITY };
const ZONE_TTL_MS = 60_000;

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone() {
    const now = Date.now();
    if (now - zone.readAtMs > ZONE_TTL_MS) zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone, readAtMs: now };
    return zone.name;
  },
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
