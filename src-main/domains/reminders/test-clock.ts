// A clock for tests: time and zone move only when the test says so.
import type { Clock, Timers } from './clock';

export interface TestClock extends Clock {
  set(iso: string | number): void;
  advance(ms: number): void;
  zone(timeZone: string): void;
}

export function testClock(start: string, timeZone = 'Asia/Kolkata'): TestClock {
  let now = Date.parse(start);
  let zone = timeZone;
  return {
    now: () => now,
    timeZone: () => zone,
    set: (at) => void (now = typeof at === 'number' ? at : Date.parse(at)),
    advance: (ms) => void (now += ms),
    zone: (next) => void (zone = next),
  };
}

/** Timers fired by hand: `due()` lists what a real timer would have run by the clock's time. */
export function testTimers(clock: Clock) {
  const pending = new Map<number, { run: () => void; atMs: number }>();
  let next = 1;
  const timers: Timers = {
    set(run, delayMs) {
      const id = next++;
      pending.set(id, { run, atMs: clock.now() + delayMs });
      return id;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    /** Runs every timer whose moment has come. */
    fire() {
      for (const [id, timer] of [...pending]) {
        if (timer.atMs <= clock.now()) {
          pending.delete(id);
          timer.run();
        }
      }
    },
    nextAtMs: () => Math.min(...[...pending.values()].map((t) => t.atMs)),
  };
}
