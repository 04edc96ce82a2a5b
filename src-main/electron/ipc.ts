// The Electron transport: requests arrive on ipcMain.handle, core events go out to every window.
import { BrowserWindow, ipcMain } from 'electron';
import type { Core } from '../boot';
import { handleIpcRequest, IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from '../rpc/ipc-handler';

/** Returns a function that detaches the transport (used on quit). */
export function connectIpc(core: Core): () => void {
  ipcMain.handle(IPC_RPC_CHANNEL, (event, request: unknown) => handleIpcRequest(core.dispatch, event.senderFrame?.url, request));
  const unsubscribe = core.events.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_RPC_CHANNEL);
  };
}
