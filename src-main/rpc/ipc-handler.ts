// The Electron IPC transport without Electron: src-main/electron registers this on ipcMain.handle,
// and the conformance test calls it directly. Only frames of the app's own origin may call.
import type { RpcResponse } from '../../src-shared/rpc/envelope';
import type { Dispatch } from './dispatch';

export const IPC_RPC_CHANNEL = 'sampark:rpc';
export const IPC_EVENT_CHANNEL = 'sampark:event';
/** The custom protocol the packaged renderer is served from. */
export const APP_ORIGIN = 'app://sampark';

export function isAppFrameUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export async function handleIpcRequest(dispatch: Dispatch, senderUrl: string | undefined, request: unknown): Promise<RpcResponse> {
  const id = typeof (request as { id?: unknown })?.id === 'number' ? (request as { id: number }).id : 0;
  if (!isAppFrameUrl(senderUrl)) {
    return { id, ok: false, error: { code: 'unauthorized', message: 'Calls are accepted from Sampark windows only.' } };
  }
  return dispatch(request as Parameters<Dispatch>[0]);
}
