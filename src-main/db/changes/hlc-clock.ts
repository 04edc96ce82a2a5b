// The clock port: hybrid logical clock timestamps from @actual-app/crdt (pinned), wrapped so the rest
// of Sampark never touches its module-global clock. Several clocks can live in one process (tests,
// the multi-device simulator): each call installs this clock, and reads physical time from `now`.
import { makeClock, setClock, Timestamp, type Clock } from '@actual-app/crdt';

export type HlcTimestamp = string; // 46 characters, sorts in time order: 2026-11-23T14:05:12.123Z-0000-0123456789ABCDEF

/** A remote clock this far ahead of ours is refused (the device is quarantined, not trusted). */
export const MAX_DRIFT_MS = 5 * 60_000;

export class ClockDriftError extends Error {}

export class HlcClock {
  private readonly clock: Clock;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last: HlcTimestamp | null = null,
  ) {
    if (!/^[0-9A-F]{16}$/.test(node)) throw new Error(`A clock node is 16 hex digits, not ${node}`);
    const start = last ? Timestamp.parse(last) : null;
    this.clock = makeClock(new Timestamp(start?.millis() ?? 0, start?.counter() ?? 0, node));
  }

  /** A new timestamp for a local write, later than every timestamp this clock has seen. */
  send(): HlcTimestamp {
    return this.run(() => Timestamp.send()!.toString());
  }

  /** Moves this clock past a timestamp received from another device. */
  recv(ts: HlcTimestamp): void {
    const parsed = Timestamp.parse(ts);
    if (!parsed) throw new Error(`Not a timestamp: ${ts}`);
    this.run(() => Timestamp.recv(parsed));
  }

  /** The latest timestamp issued or received, to persist and restore the clock. */
  last(): HlcTimestamp {
    return this.clock.timestamp.toString();
  }

  private run<T>(fn: () => T): T {
    const realNow = Date.now;
    setClock(this.clock);
    Date.now = this.now; // the library reads physical time from Date.now only
    try {
      return fn();
    } catch (error) {
      if (error instanceof Timestamp.ClockDriftError) throw new ClockDriftError((error as Error).message);
      throw error;
    } finally {
      Date.now = realNow;
    }
  }
}

export function randomNode(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}
