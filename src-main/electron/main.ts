// The desktop shell: one instance, the core booted (migrations included) before any window opens,
// the renderer served from app://sampark, and the IPC transport between them.
import { app, BrowserWindow, dialog, powerMonitor } from 'electron';
import { join } from 'node:path';
import { boot, type Core } from '../boot';
import { defaultDataDir } from '../platform/data-dir';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { connectIpc } from './ipc';
import { createMainWindow } from './main-window';
import { electronPdfPrinter } from './print-to-pdf';
import { installMenu } from './menu';
import { showReminderNotifications } from './notifications';
import { denyAllPermissions, guardAllWebContents } from './security';

const preloadFile = join(import.meta.dirname, 'preload.cjs');
const rendererDir = join(import.meta.dirname, '..', 'renderer');

let core: Core | undefined;
let disconnectIpc: (() => void) | undefined;
let mainWindow: BrowserWindow | undefined;

function openMainWindow(dataDir: string): void {
  const window = createMainWindow({ dataDir, preloadFile });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

/** E.g. a database written by a newer Sampark: say so and stop rather than risk the data. */
function failToStart(error: unknown): void {
  console.error('Sampark cannot start:', error);
  dialog.showErrorBox('Sampark cannot start', error instanceof Error ? error.message : String(error));
  core?.close();
  app.exit(1);
}

async function start(): Promise<void> {
  core = await boot({ dataDir: app.getPath('userData'), dailyBackups: true, backgroundSync: true, reminderNotifications: true, systemLocale: app.getLocale(), pdfPrinter: electronPdfPrinter() });
  if (process.platform === 'win32') app.setAppUserModelId('in.sampark.app');
  denyAllPermissions();
  serveAppProtocol(rendererDir);
  disconnectIpc = connectIpc(core);
  installMenu({ isDevelopment: !app.isPackaged, dataDir: core.dataDir });
  openMainWindow(core.dataDir);
  showReminderNotifications(core, () => mainWindow);
  // Files may have arrived in the sync folder while the machine slept; reminders may have come due.
  powerMonitor.on('resume', () => {
    core?.requestSync();
    core?.checkReminders();
  });
}

// Before ready, in this order: userData decides the single-instance lock, and both must match
// the CLI's default folder (SAMPARK_DATA_DIR overrides it) so app and CLI share one database.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
// Chromium's caches and web storage go in a subfolder, keeping the data folder readable.
app.setPath('sessionData', join(dataDir, 'chromium'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();

  app.on('second-instance', () => {
    const window = mainWindow ?? BrowserWindow.getAllWindows()[0];
    if (!window) {
      if (core) openMainWindow(core.dataDir);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow(core.dataDir);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    disconnectIpc?.();
    core?.close();
    core = undefined;
  });

  // Not awaited at top level: an ESM entry that awaits whenReady never becomes ready.
  void app.whenReady().then(start).catch(failToStart);
}
