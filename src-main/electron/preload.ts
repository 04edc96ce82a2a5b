// Runs sandboxed: only 'electron' may be required at runtime (the channel names are inlined by
// the bundler). Exposes exactly the Transport the renderer's API client expects, nothing more.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RpcRequest, RpcResponse, Transport } from '../../src-shared/rpc/envelope';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from '../rpc/ipc-handler';

const bridge: Transport = {
  call: (request: RpcRequest) => ipcRenderer.invoke(IPC_RPC_CHANNEL, request) as Promise<RpcResponse>,
  subscribe: (listener: (event: unknown) => void) => {
    // The IPC event object is not passed on: it would hand the page a handle to ipcRenderer.
    const handler = (_event: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('sampark', bridge);
