// Remembers where the main window was (userData/window-state.json). Free of Electron: main-window.ts
// passes in the displays' work areas, so the "is it still on a screen" rule is unit-tested.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** Enough of the window to grab its title bar and drag it back. */
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 50;

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}

export function parseWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, isMaximized } = value as Record<string, unknown>;
  if (!isRect(bounds)) return undefined;
  return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, isMaximized: isMaximized === true };
}

export function isOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return width >= MIN_VISIBLE_WIDTH && height >= MIN_VISIBLE_HEIGHT;
  });
}

/** The saved state if it is readable and still on a connected display (monitors get unplugged). */
export function readWindowState(file: string, workAreas: readonly Rect[]): WindowState | undefined {
  let state: WindowState | undefined;
  try {
    state = parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
  return state && isOnSomeDisplay(state.bounds, workAreas) ? state : undefined;
}

export function writeWindowState(file: string, state: WindowState): void {
  // Write then rename, so a crash mid-write never leaves a half file behind.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}
