import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOnSomeDisplay, parseWindowState, readWindowState, writeWindowState, type Rect } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('isOnSomeDisplay', () => {
  it('accepts a window on either display', () => {
    expect(isOnSomeDisplay({ x: 100, y: 100, width: 1000, height: 700 }, [laptop])).toBe(true);
    expect(isOnSomeDisplay({ x: 2000, y: 200, width: 1200, height: 800 }, [laptop, monitorOnRight])).toBe(true);
  });

  it('rejects a window left on a monitor that is gone, or showing only a sliver', () => {
    expect(isOnSomeDisplay({ x: 2000, y: 200, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isOnSomeDisplay({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, [])).toBe(false);
  });
});

describe('parseWindowState', () => {
  it('keeps valid bounds and the maximized flag', () => {
    expect(parseWindowState({ bounds: { x: -5, y: 10, width: 800, height: 600, extra: 1 }, isMaximized: true })).toEqual({
      bounds: { x: -5, y: 10, width: 800, height: 600 },
      isMaximized: true,
    });
  });

  it.each([null, 'x', {}, { bounds: { x: 0, y: 0, width: 0, height: 600 } }, { bounds: { x: 0, y: 0, width: '800', height: 600 } }])(
    'rejects %j',
    (value) => expect(parseWindowState(value)).toBeUndefined(),
  );
});

describe('readWindowState / writeWindowState', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sampark-window-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a state that is on screen', () => {
    const file = join(dir, 'window-state.json');
    const state = { bounds: { x: 50, y: 60, width: 1000, height: 700 }, isMaximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file, [laptop])).toEqual(state);
    expect(readWindowState(file, [monitorOnRight])).toBeUndefined();
  });

  it('ignores a missing or corrupt file', () => {
    expect(readWindowState(join(dir, 'absent.json'), [laptop])).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), '{"bounds":');
    expect(readWindowState(join(dir, 'bad.json'), [laptop])).toBeUndefined();
  });
});
