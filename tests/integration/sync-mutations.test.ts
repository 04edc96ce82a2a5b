// Mutation check: deliberately broken variants of sync must make the properties fail, or the
// properties are too weak to trust.
import { constants as zlibConstants, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FolderModule from '../../src-main/domains/sync/sync-folder';
import type * as CodecModule from '../../src-main/domains/sync/segment-codec';
import type * as ClockModule from '../../src-main/db/changes/hlc-clock';
import { PROPERTY_RUNS } from './sync-sim/find-violation';

/** A caught mutant stops at its first counterexample, so a generous budget costs little. */
const MUTANT_RUNS = Math.max(300, PROPERTY_RUNS);

async function violationsWith(skews?: number[]) {
  const { findViolation } = await import('./sync-sim/find-violation');
  return findViolation(MUTANT_RUNS, skews);
}

afterEach(() => {
  vi.doUnmock('../../src-main/domains/sync/sync-folder');
  vi.doUnmock('../../src-main/domains/sync/segment-codec');
  vi.doUnmock('../../src-main/db/changes/hlc-clock');
  vi.resetModules();
});

describe('sync mutation check', () => {
  it('catches a reader that skips a sequence gap', async () => {
    vi.resetModules();
    vi.doMock('../../src-main/domains/sync/sync-folder', async (importOriginal) => {
      const real = await importOriginal<typeof FolderModule>();
      class SkipsGaps extends real.SyncFolder {
        override segmentsOf(deviceId: string) {
          const sorted = [...super.segmentsOf(deviceId)].sort((a, b) => a[0] - b[0]);
          return new Map(sorted.map(([, names], i) => [i + 1, names])); // renumbered: a gap vanishes
        }
      }
      return { ...real, SyncFolder: SkipsGaps };
    });
    expect(await violationsWith()).not.toBeNull();
  }, 600_000);

  it('catches a reader that accepts a partial file', async () => {
    vi.resetModules();
    vi.doMock('../../src-main/domains/sync/segment-codec', async (importOriginal) => {
      const real = await importOriginal<typeof CodecModule>();
      return {
        ...real,
        decodeSegment(file: Buffer, key: Uint8Array | null) {
          try {
            return real.decodeSegment(file, key);
          } catch (error) {
            const { header, headEnd } = real.decodeSegmentHeader(file);
            // Inflate whatever arrived, then keep the messages that are complete.
            const text = inflateRawSync(file.subarray(headEnd), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
            const cut = text.lastIndexOf(',{"t":');
            if (cut < 0) throw error;
            return { header, messages: JSON.parse(`${text.slice(0, cut)}]`) as never };
          }
        },
      };
    });
    expect(await violationsWith()).not.toBeNull();
  }, 600_000);

  it('catches a clock that ignores received timestamps', async () => {
    vi.resetModules();
    vi.doMock('../../src-main/db/changes/hlc-clock', async (importOriginal) => {
      const real = await importOriginal<typeof ClockModule>();
      class NoRecv extends real.HlcClock {
        override recv(): void {}
      }
      return { ...real, HlcClock: NoRecv };
    });
    expect(await violationsWith([0, -90_000, 60_000])).not.toBeNull();
  }, 600_000);
});
