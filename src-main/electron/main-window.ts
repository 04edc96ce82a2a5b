// The main window: locked-down web preferences, the app origin, and its remembered place on screen.
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from '../rpc/ipc-handler';
import { readWindowState, WINDOW_STATE_FILE, writeWindowState } from './window-state';

const DEFAULT_SIZE = { width: 1280, height: 820 };

export interface MainWindowOptions {
  dataDir: string;
  preloadFile: string;
}

export function createMainWindow({ dataDir, preloadFile }: MainWindowOptions): BrowserWindow {
  const stateFile = join(dataDir, WINDOW_STATE_FILE);
  const saved = readWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(saved?.bounds ?? DEFAULT_SIZE),
    minWidth: 720,
    minHeight: 480,
    title: 'Sampark',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (saved?.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeWindowState(stateFile, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is not worth blocking the close.
      console.error('Could not save the window position:', error);
    }
  });
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}
