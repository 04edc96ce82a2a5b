// The native menu. Commands the UI carries out (new contact, search, settings) are sent to the
// focused window as events; the renderer handles them like its own keyboard shortcuts.
import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { AppEvent, UiCommand } from '../../src-shared/contract/events';
import { IPC_EVENT_CHANNEL } from '../rpc/ipc-handler';

export interface MenuOptions {
  /** Unpackaged runs get reload and developer tools. */
  isDevelopment: boolean;
  dataDir: string;
}

function sendCommand(command: UiCommand): void {
  const event: AppEvent = { type: 'command', command };
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_EVENT_CHANNEL, event);
}

function commandItem(label: string, accelerator: string, command: UiCommand): MenuItemConstructorOptions {
  return { label, accelerator, click: () => sendCommand(command) };
}

const settingsItem = commandItem('Settings…', 'CmdOrCtrl+,', 'openSettings');

function appMenu(): MenuItemConstructorOptions {
  return {
    label: app.name,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu(isMac: boolean): MenuItemConstructorOptions {
  const tail: MenuItemConstructorOptions[] = isMac ? [{ role: 'close' }] : [settingsItem, { type: 'separator' }, { role: 'quit' }];
  return {
    label: 'File',
    submenu: [
      commandItem('New Contact', 'CmdOrCtrl+N', 'newContact'),
      commandItem('New Company', 'CmdOrCtrl+Shift+N', 'newCompany'),
      commandItem('Log Interaction…', 'CmdOrCtrl+L', 'logInteraction'),
      commandItem('New Reminder', 'CmdOrCtrl+Shift+E', 'newReminder'),
      { type: 'separator' },
      ...tail,
    ],
  };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      commandItem('Search', 'CmdOrCtrl+F', 'focusSearch'),
      // A menu item holds one accelerator; this hidden twin gives search its second shortcut.
      { ...commandItem('Search', 'CmdOrCtrl+K', 'focusSearch'), visible: false, acceleratorWorksWhenHidden: true },
    ],
  };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(isMac: boolean, dataDir: string): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      { label: 'Open Data Folder', click: () => void shell.openPath(dataDir) },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
    ],
  };
}

export function installMenu({ isDevelopment, dataDir }: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu()] : []),
    fileMenu(isMac),
    editMenu(),
    viewMenu(isDevelopment),
    { role: 'windowMenu' },
    helpMenu(isMac, dataDir),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
