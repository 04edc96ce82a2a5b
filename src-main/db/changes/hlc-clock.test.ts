import { describe, expect, it } from 'vitest';
import { ClockDriftError, HlcClock } from './hlc-clock';

describe('HlcClock', () => {
  it('issues strictly increasing timestamps even when physical time stands still or goes back', () => {
    let now = 1_000_000;
    const clock = new HlcClock('00000000000000AA', () => now);
    const a = clock.send();
    const b = clock.send();
    now -= 50_000;
    const c = clock.send();
    expect(a < b && b < c).toBe(true);
    expect(c.endsWith('00000000000000AA')).toBe(true);
  });

  it('moves past received timestamps, and two clocks in one process stay independent', () => {
    const fast = new HlcClock('00000000000000BB', () => 1_060_000);
    const slow = new HlcClock('00000000000000CC', () => 1_000_000);
    const remote = fast.send();
    slow.recv(remote);
    expect(slow.send() > remote).toBe(true);
    expect(fast.send().endsWith('BB')).toBe(true);
  });

  it('refuses a remote clock far ahead', () => {
    const ahead = new HlcClock('00000000000000DD', () => 10 * 3600_000);
    const clock = new HlcClock('00000000000000EE', () => 1_000);
    expect(() => clock.recv(ahead.send())).toThrow(ClockDriftError);
  });

  it('resumes after its last timestamp', () => {
    const clock = new HlcClock('00000000000000FF', () => 5_000);
    const last = clock.send();
    const resumed = new HlcClock('00000000000000FF', () => 1_000, last);
    expect(resumed.send() > last).toBe(true);
  });
});
