// Property tests of sync over random action sequences in the multi-device simulator.
import { describe, expect, it } from 'vitest';
import { findViolation, PROPERTY_RUNS } from './sync-sim/find-violation';

describe('sync properties', () => {
  it('converges to the newest write, deletes nothing from an empty folder, and re-ingest changes nothing', async () => {
    expect(await findViolation(PROPERTY_RUNS)).toBeNull();
  }, 600_000);

  it('keeps a deliberate overwrite winning while machine clocks disagree within the drift limit', async () => {
    expect(await findViolation(PROPERTY_RUNS, [0, -90_000, 60_000])).toBeNull();
  }, 600_000);
});
